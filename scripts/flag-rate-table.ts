/**
 * Prints the measured table behind the sensitivity slider's "flags about N of 100 ordinary messages"
 * (lib/dashboard/expected-flag-rate.ts, FLAG_RATE_TABLE):
 *
 *   npx tsx scripts/flag-rate-table.ts
 */
import { ordinaryFlagRates, ordinaryHeldOutEmails } from './lib/flag-rates';

const mail = ordinaryHeldOutEmails();
const rows = ordinaryFlagRates(mail).map(([t, r]) => `  [${t}, ${r}],`);
console.log(`// ${mail.length} ordinary emails of the held-out client-mail sets\n[\n${rows.join('\n')}\n]`);
