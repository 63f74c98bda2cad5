/**
 * Module load and first-call cost of the analyser, each in a fresh Node process: an already warm
 * process would hide exactly the cost the service worker pays when Chrome restarts it. Two builds:
 * the whole analyser (lib/tone, with compromise for dates), and what a starting worker runs for its
 * first answer (lib/tone/analyze.ts without the language module, which it loads afterwards).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bundleFile } from '../lib/bundle';
import { buildEmail } from './emails';

const run = promisify(execFile);
const LIB_TONE = path.resolve(import.meta.dirname, '../../lib/tone');

export type AnalyserBuild = 'whole analyser' | 'worker first answer';

/**
 * Each build as one module exporting `analyzeTone(text, options)`, and the worker's `warmUp` (what it
 * runs when a mail tab opens, before the first message arrives; the whole analyser has none).
 */
const ENTRY: Record<AnalyserBuild, string> = {
  'whole analyser': `export { analyzeTone } from ${JSON.stringify(path.join(LIB_TONE, 'index.ts'))};
export const warmUp = null;`,
  'worker first answer': `import { analyze } from ${JSON.stringify(path.join(LIB_TONE, 'analyze.ts'))};
import { createWarmUp } from ${JSON.stringify(path.join(LIB_TONE, 'warm-up.ts'))};
export const analyzeTone = (text, options) => analyze(text, options, null);
// What the worker runs when a tab opens; its two-byte pass comes seconds later and is left out here.
export const warmUp = () => createWarmUp(() => undefined)();`,
};

export interface LoadSample {
  importMs: number;
  /** The worker's warm-up, between load and the first call; null for a build without one. */
  warmUpMs: number | null;
  firstCallMs: number;
  secondCallMs: number;
  /** Then the same email as typographic text (’, –: a two-byte string the analyser makes plain, plain-text.ts). */
  firstTypographicMs: number;
  /** Then with a euro sign, which stays two-byte: V8 compiles each pattern again for such a string. */
  firstTwoByteMs: number;
}

/** Kept as plain JavaScript text: it runs in the child process, not in this one. */
const PROBE = `
import { readFileSync } from 'node:fs';
const text = readFileSync(new URL('./email.txt', import.meta.url), 'utf8');
const t0 = performance.now();
const { analyzeTone, warmUp } = await import('./tone.mjs');
const t1 = performance.now();
if (warmUp) warmUp();
const t2 = performance.now();
analyzeTone(text, { subject: 'Third outage this month' });
const t3 = performance.now();
analyzeTone(text, { subject: 'Third outage this month' });
const t4 = performance.now();
// Curly apostrophes and an en dash: a two-byte string, as mail read from a page often is.
analyzeTone(text.replace(/'/g, '\u2019').replace(', ', ' \u2013 '), { subject: 'Third outage this month' });
const t5 = performance.now();
analyzeTone(text.replace(', ', ' (\u20ac1,240) '), { subject: 'Third outage this month' });
const t6 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, warmUpMs: warmUp ? t2 - t1 : null, firstCallMs: t3 - t2, secondCallMs: t4 - t3, firstTypographicMs: t5 - t4, firstTwoByteMs: t6 - t5 }));
`;

export async function measureLoad(build: AnalyserBuild, probes: number): Promise<LoadSample[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cr-bench-tone-'));
  try {
    writeFileSync(path.join(dir, 'entry.ts'), ENTRY[build]);
    await bundleFile(path.join(dir, 'entry.ts'), path.join(dir, 'tone.mjs'), 'esm');
    writeFileSync(path.join(dir, 'email.txt'), buildEmail(2 * 1024));
    writeFileSync(path.join(dir, 'probe.mjs'), PROBE);
    const samples: LoadSample[] = [];
    for (let i = 0; i < probes; i++) {
      const { stdout } = await run(process.execPath, [path.join(dir, 'probe.mjs')], { timeout: 60_000 });
      samples.push(JSON.parse(stdout) as LoadSample);
    }
    return samples;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
