/**
 * npm run eval:tone [-- --tune]
 *
 * Precision, recall, F1 and false-positive rate of our `unhappy` flag, ROC AUC of `score` and
 * recall at 10% FPR, beside AFINN, VADER and wink-sentiment (flag = negative sentiment).
 * By default it reports the held-out 30% of the shared sets (never trained or calibrated on) and
 * our own B2B sets (b2b, b2b-blind … b2b-blind92; b2b-blind36–38, 42–44, 48–50, 54–56, 60–62, 66–68, 72–74, 78–80 and 84–92 held out, never developed on); `--tune` shows only the tuning parts, for development, so held-out numbers are not looked at while tuning.
 */
import { loadB2B, loadB2BBlind, loadSharedSets } from './lib/tone-data';
import { evaluateSet, formatSet } from './lib/tone-eval';

const shared = loadSharedSets(process.argv.includes('--tune') ? 'tune' : 'held-out');
const sets = process.argv.includes('--tune') ? shared : [...shared, loadB2B(), ...loadB2BBlind()];
if (shared.length === 0) console.log('(../shared/fixtures/tone not found: only our own B2B sets are scored)');

const started = performance.now();
for (const set of sets) console.log(formatSet(evaluateSet(set)));
console.log(`\nBaselines flag when their sentiment is below zero. ${Math.round(performance.now() - started)} ms.`);
