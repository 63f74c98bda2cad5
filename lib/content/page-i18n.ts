/**
 * `i18n` for code that runs in the mail page (sidebar, list chips). Once the extension is reloaded or
 * updated, the orphaned content script's `browser.i18n.getMessage` throws "Extension context
 * invalidated", yet the orphan still renders once more to show its calm notice. So every text is
 * remembered as it is shown, and an orphan gets the same words back instead of an error ("" for a
 * text it never showed).
 */
import { i18n as extensionI18n } from '#i18n';

/** Labels times the few values they take; the oldest go first beyond this. */
const REMEMBERED = 2_000;
const shown = new Map<string, string>();

const t = ((...args: unknown[]): string => {
  const id = JSON.stringify(args);
  try {
    const text = (extensionI18n.t as (...a: unknown[]) => string)(...args);
    if (!shown.has(id)) {
      if (shown.size >= REMEMBERED) shown.delete(shown.keys().next().value as string);
      shown.set(id, text);
    }
    return text;
  } catch {
    return shown.get(id) ?? '';
  }
}) as typeof extensionI18n.t;

export const i18n = { t };
