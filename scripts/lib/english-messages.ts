/**
 * The English UI strings outside the extension (unit tests, the benchmark): a getMessage that
 * reads locales/en.yml the way the built extension's _locales/en/messages.json is made, so
 * `i18n.t` from '#i18n' returns the English text.
 */
import path from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

const messages = generateChromeMessages(await parseMessagesFile(path.resolve(import.meta.dirname, '../../locales/en.yml')));

/** Chrome's rules: `$1`…`$9` take the substitutions, `$$` is a dollar sign, an unknown name is "". */
export function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = messages[name] as { message: string } | undefined;
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}
