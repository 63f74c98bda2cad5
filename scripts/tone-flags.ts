/**
 * Which flags a change to the analyser moved, on every message it may be developed on: the public
 * tune parts, b2b.jsonl and the blind sets not held out (a round's "N flags moved, all fixes"):
 *
 *   npx tsx scripts/tone-flags.ts > before.json          (on the commit before the change, e.g. in a
 *                                                         git worktree with this file copied in)
 *   npx tsx scripts/tone-flags.ts --against before.json  (on the change: each flag that moved, then the count)
 *
 * A move is a fix when the flag now agrees with the label. Held-out sets are never read here.
 */
import { readFileSync } from 'node:fs';
import { analyzeTone } from '../lib/tone/index';
import { isHeldOutSet, loadB2B, loadB2BBlind, loadSharedSets } from './lib/tone-data';

type Flags = Record<string, { score: number | null; flagged: boolean; unhappy: boolean }>;

function currentFlags(): Flags {
  const flags: Flags = {};
  for (const set of [...loadSharedSets('tune'), loadB2B(), ...loadB2BBlind().filter((s) => !isHeldOutSet(s))]) {
    for (const item of set.items) {
      const r = analyzeTone(item.text, { subject: item.subject });
      flags[`${set.name}::${item.id}`] = { score: r.score, flagged: r.unhappy === true, unhappy: item.label === 'unhappy' };
    }
  }
  return flags;
}

const against = process.argv.indexOf('--against');
const now = currentFlags();
if (against === -1) {
  console.log(JSON.stringify(now));
} else {
  const before = JSON.parse(readFileSync(process.argv[against + 1], 'utf8')) as Flags;
  let fixes = 0;
  let breaks = 0;
  for (const [key, was] of Object.entries(before)) {
    const is = now[key];
    if (!is || is.flagged === was.flagged) continue;
    const fix = is.flagged === is.unhappy;
    if (fix) fixes++;
    else breaks++;
    console.log(`${fix ? 'fix  ' : 'BREAK'} ${key} ${was.score} -> ${is.score} (${is.unhappy ? 'unhappy' : 'ok'})`);
  }
  console.log(`${fixes + breaks} flags moved: ${fixes} fixes, ${breaks} breaks`);
}
