/**
 * Writes lib/tone/valence.json from the VADER lexicon (C.J. Hutto & E. Gilbert, ICWSM 2014;
 * lexicon MIT-licensed upstream, shipped in the `vader-sentiment` npm package under Apache-2.0).
 * Only plain words with a clear polarity are kept, rounded to one decimal, to stay small.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Below this absolute mean rating (VADER scale −4…4) a word says little either way. */
const MIN_POLARITY = 0.5;

export function buildValenceFile(): string {
  const require = createRequire(import.meta.url);
  const source = path.join(path.dirname(require.resolve('vader-sentiment/package.json')), 'vader_lexicon.txt');
  const words: Record<string, number> = {};
  for (const line of readFileSync(source, 'utf8').split('\n')) {
    const [word, mean] = line.split('\t');
    const v = Number(mean);
    if (!word || !/^[a-z][a-z'-]*[a-z]$/.test(word) || !Number.isFinite(v) || Math.abs(v) < MIN_POLARITY) continue;
    words[word] = Math.round(v * 10) / 10;
  }
  const out = path.resolve(process.cwd(), 'lib/tone/valence.json');
  const body = { source: 'VADER lexicon (Hutto & Gilbert 2014), via vader-sentiment 1.1.3', licence: 'MIT (upstream) / Apache-2.0 (npm package)', words };
  writeFileSync(out, `${JSON.stringify(body)}\n`);
  return out;
}
