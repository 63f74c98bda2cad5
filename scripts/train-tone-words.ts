/**
 * The client-mail word experiment (lib/tone/README.md, "Client-mail words"): a word/bigram
 * component trained on our own client-mail sets, judged by leave-one-set-out against the shipped
 * analyser. Writes nothing.
 *
 *   npx tsx scripts/train-tone-words.ts                  (leave-one-set-out, every configuration, ~30 s)
 *   npx tsx scripts/train-tone-words.ts --only=explainable --with-public
 *                                  (public tune parts in training, and each of them left out too; ~1 min a configuration)
 *   npx tsx scripts/train-tone-words.ts --only=none --public [--config=NAME]
 *                                  (a fit on all our sets, added to the public tune parts' scores)
 *   npx tsx scripts/train-tone-words.ts --only=none --terms [--all]   (the strongest terms of a fit on all our sets)
 *
 * b2b-blind8 is never used here: it is the final estimate, scored once by eval-tone.
 */
import { loadB2B, loadB2BBlind, loadSharedSets } from './lib/tone-data';
import { flagMetrics, rocAuc } from './lib/tone-metrics';
import { fitWords, formatFigures, leaveOneSetOut, rowsOf, TERM_CONFIG, wordPart, type WordOptions } from './lib/tone-client-words';

/** Kept out of the experiment: the final, untouched estimate. */
const NEVER = new Set(['b2b-blind8 (ours)']);
/** Calibrate the shift for at most this share of false alarms on mail the words never saw. */
const MAX_FPR = 0.08;

const BASE: WordOptions = { minSets: 3, minDf: 3, l2: 0.003, mode: 'words', alpha: 0.5, bound: 2, positiveOnly: false, steps: 400, vocab: 'all' };

export const CONFIGS: [string, WordOptions][] = [
  ['explainable words, alpha 1', { ...BASE, alpha: 1, vocab: 'explainable' }],
  ['explainable words, alpha 1, in >= 2 sets', { ...BASE, alpha: 1, vocab: 'explainable', minSets: 2 }],
  ['explainable words, alpha 1.5', { ...BASE, alpha: 1.5, vocab: 'explainable' }],
  ['explainable words, alpha 0.5', { ...BASE, alpha: 0.5, vocab: 'explainable' }],
  ['explainable residual, L2 0.003', { ...BASE, mode: 'residual', vocab: 'explainable' }],
  ['explainable residual, L2 0.01', { ...BASE, mode: 'residual', vocab: 'explainable', l2: 0.01 }],
  ['words, alpha 0.5', BASE],
  ['words, alpha 1', { ...BASE, alpha: 1 }],
  ['words, alpha 1, L2 0.01', { ...BASE, alpha: 1, l2: 0.01 }],
  ['words, alpha 1, in >= 2 sets', { ...BASE, alpha: 1, minSets: 2 }],
  ['words, alpha 1, positive only', { ...BASE, alpha: 1, positiveOnly: true }],
  ['residual on z0, L2 0.003', { ...BASE, mode: 'residual' }],
  ['residual on z0, L2 0.03', { ...BASE, mode: 'residual', l2: 0.03 }],
];

const sets = [loadB2B(), ...loadB2BBlind()].filter((s) => !NEVER.has(s.name));
const rows = sets.flatMap((s) => rowsOf(s, TERM_CONFIG));
console.log(`${rows.length} messages in ${sets.length} sets: ${sets.map((s) => s.name.replace(/ \(ours\)$/, '')).join(', ')}`);

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
/**
 * `--with-public`: the public tune parts join the training rows (each set weighs the same), so a term
 * that raises ordinary tweets or Reddit comments is held back; every set, public ones too, is then
 * scored by a fit that never saw it.
 */
const withPublic = process.argv.includes('--with-public');
const allRows = withPublic ? [...rows, ...loadSharedSets('tune').flatMap((s) => rowsOf(s))] : rows;
for (const [name, o] of CONFIGS) {
  if (only && !name.includes(only)) continue;
  console.log(`\n${name}${withPublic ? ' (public tune sets in training)' : ''}`);
  console.log(formatFigures(leaveOneSetOut(allRows, o, MAX_FPR).figures));
}

if (process.argv.includes('--terms')) {
  const m = fitWords(rows, { ...BASE, alpha: 1, vocab: process.argv.includes('--all') ? 'all' : 'explainable' });
  const ranked = [...m.terms].sort((a, b) => b[1] - a[1]);
  const f = ([t, v]: [string, number]) => `${t} ${v.toFixed(2)}`;
  console.log(`\n${m.terms.size} terms; bias ${m.bias.toFixed(2)}`);
  console.log(`up:   ${ranked.slice(0, 60).map(f).join(', ')}`);
  console.log(`down: ${ranked.slice(-40).reverse().map(f).join(', ')}`);
}

/**
 * The public sets' TUNE parts (never their held-out parts): a component fitted on all our client
 * mail is added to every message the product reads, so it must not cost the public sets ranking or
 * false alarms.
 */
if (process.argv.includes('--public')) {
  const name = process.argv.find((a) => a.startsWith('--config='))?.slice(9) ?? 'explainable words, alpha 1';
  const o = CONFIGS.find(([n]) => n === name)![1];
  const m = fitWords(rows, o);
  for (const set of loadSharedSets('tune')) {
    const pub = rowsOf(set);
    const labels = pub.map((r) => r.y === 1);
    const z1 = pub.map((r) => r.z0 + wordPart(m, r));
    const a = flagMetrics(labels, pub.map((r) => r.z0 >= 0));
    const b = flagMetrics(labels, z1.map((z) => z >= 0));
    const pc = (v: number) => (100 * v).toFixed(1);
    console.log(`${set.name.padEnd(22)} AUC ${rocAuc(labels, pub.map((r) => r.z0)).toFixed(3)} -> ${rocAuc(labels, z1).toFixed(3)}  F1 ${pc(a.f1)} -> ${pc(b.f1)}  FPR ${pc(a.fpr)} -> ${pc(b.fpr)}`);
  }
}
