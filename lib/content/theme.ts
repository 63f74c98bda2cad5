/** Follow the host page's light or dark theme by the luminance of its background colour. */
export type Theme = 'light' | 'dark';

export function themeFromBackground(cssColor: string): Theme {
  const match = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/.exec(cssColor);
  if (!match) return 'light';
  const alpha = match[4] === undefined ? 1 : Number(match[4]);
  if (alpha < 0.5) return 'light';
  const [r, g, b] = [match[1], match[2], match[3]].map((c) => Number(c) / 255);
  // Relative luminance per WCAG, close enough without gamma for a light/dark call.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 ? 'dark' : 'light';
}

/** The mail page's theme, from its body's computed background (Gmail and Outlook both paint it). */
export function pageTheme(doc: Document): Theme {
  const view = doc.defaultView;
  if (!view) return 'light';
  return themeFromBackground(view.getComputedStyle(doc.body).backgroundColor);
}
