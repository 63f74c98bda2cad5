/**
 * Other Outlook servers (on-premises OWA, government clouds): the user types an address, we keep its
 * origin. Access to it is an optional host permission the user grants at run time, never asked at
 * install.
 */

/** "mail.contoso.com", "https://mail.contoso.com/owa/" → "https://mail.contoso.com"; null when unusable. */
export function outlookServerOrigin(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  // Mail over plain http would send the session in the clear; the extension never asks for it.
  if (url.protocol !== 'https:' || !url.hostname.includes('.') || url.username || url.password) return null;
  return url.origin;
}

/** The match pattern that covers a server's pages. */
export function matchPatternFor(origin: string): string {
  return `${origin}/*`;
}
