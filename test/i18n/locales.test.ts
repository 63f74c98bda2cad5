/**
 * locales/en.yml and the code agree: every key the code asks for exists (a missing one renders as
 * an empty string), and every key in the file is used somewhere (no dead strings to translate).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['components', 'entrypoints', 'lib'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).map((file) => ({
  file: path.relative(ROOT, file),
  text: readFileSync(file, 'utf8'),
}));

/** `i18n.t('a.b', …)` with a literal key; the manifest's `__MSG_a_b__` in wxt.config.ts. */
function usedKeys(): Set<string> {
  const used = new Set<string>();
  for (const { text } of files) {
    for (const m of text.matchAll(/\bi18n\.t\(\s*(['"`])([^'"`$]+)\1/g)) used.add(m[2]);
  }
  const config = readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
  for (const m of config.matchAll(/__MSG_(\w+)__/g)) used.add(m[1]);
  return used;
}

async function definedKeys(): Promise<string[]> {
  const messages = await parseMessagesFile(path.join(ROOT, 'locales/en.yml'));
  return messages.map((m) => m.key.join('.')).filter((key) => !key.startsWith('@@'));
}

describe('locales/en.yml', () => {
  it('every i18n.t call names its key literally, so this scan sees all of them', () => {
    const dynamic = files.flatMap(({ file, text }) =>
      [...text.matchAll(/\bi18n\.t\(\s*(?!['"`][^'"`$]+['"`])([^,)]{0,40})/g)].map((m) => `${file}: i18n.t(${m[1]}`),
    );
    expect(dynamic).toEqual([]);
  });

  it('has every key the code uses', async () => {
    const defined = new Set(await definedKeys());
    const missing = [...usedKeys()].filter((key) => !defined.has(key)).sort();
    expect(missing).toEqual([]);
  });

  it('has no key the code does not use', async () => {
    const used = usedKeys();
    const dead = (await definedKeys()).filter((key) => !used.has(key)).sort();
    expect(dead).toEqual([]);
  });

  it('is what i18n.t reads in tests', () => {
    expect(i18n.t('extName')).toBe('Client Rescue');
  });

  it('keys are names Chrome accepts once dots become underscores', async () => {
    const bad = (await definedKeys()).filter((key) => !/^[A-Za-z0-9.]+$/.test(key));
    expect(bad).toEqual([]);
  });
});
