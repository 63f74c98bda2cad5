/**
 * Readies a freshly started analyser so that the first real message is answered at full speed.
 *
 * Most of a fresh analyser's first call is V8 compiling regular expressions, not running them: a
 * pattern is first compiled for its interpreter (slow for our long cue patterns) and is compiled to
 * machine code only when run again or on a long subject string. A short, calm sentence therefore
 * warmed almost nothing: its patterns stayed interpreted and every path it did not reach (issues,
 * asks, deadlines, the subject) still compiled on the user's first message. This text is long and
 * reaches each of those paths; it is analysed twice (see warmUpTexts) so the short per-sentence
 * patterns are compiled to machine code too. `npm run bench` reports the worker's first answer after this warm-up.
 */
import { analyze } from './analyze';

/** Exported for the test that keeps it reaching every path. */
export const WARM_UP_MESSAGE = {
  subject: 'Re: Invoice 4411 charged twice - third time this month',
  sentAt: '2026-03-02T09:00:00Z',
  text: `Hi Sam,

Thanks for getting back to me, and sorry to chase again. I'm afraid this is not good enough. We were
promised the migration would be finished by Friday; it has now been three weeks and the dashboard is
still timing out every morning. This is the third outage this month and nobody from your team told us
until our customers noticed. Invoice 4411 was charged twice and I have asked for a refund twice already.
You always break something when you deploy, and nothing seems to get tested before it reaches us.

Per my last email, I'd appreciate an update at your earliest convenience. Could you please call me
tomorrow, and send a written plan with dates by Monday 10am? If this is not fixed within 48 hours we
will have to escalate this to your management and review whether we renew the contract in March.

To be fair, the training session went well and the new starters found the guide helpful. No problem
with the delay on the logo work, that can wait.

Regards,
Dana Whitfield
Operations Director`,
};

/**
 * The message as a one-byte (Latin-1) string and as a two-byte one. V8 compiles a pattern separately
 * for each kind of string. The analyser makes curly quotes and dashes plain (plain-text.ts), so mail
 * read from a page is one-byte unless it holds other characters (€, an emoji, a name such as Łukasz);
 * the second text holds a euro sign to stay two-byte.
 */
export function warmUpTexts(): string[] {
  const { text } = WARM_UP_MESSAGE;
  return [text, text.replace('was charged twice', 'was charged twice (\u20ac1,240)')];
}

/**
 * When the two-byte pass runs: after the tab's first messages have been answered, so they never wait
 * for it. A message with € or an emoji before then compiles its own patterns (~60 ms in Node, once).
 */
const TWO_BYTE_PASS_DELAY_MS = 5_000;

/**
 * Warms the analyser once per worker life: the one-byte pass at once (the kind nearly all mail is),
 * the two-byte one later (TWO_BYTE_PASS_DELAY_MS). Returns the function to call whenever a mail tab
 * shows up (its `tone:warm`, or its keep-warm port after the worker slept).
 */
export function createWarmUp(later: (run: () => void) => void = (run) => setTimeout(run, TWO_BYTE_PASS_DELAY_MS)): () => void {
  let started = false;
  return () => {
    if (started) return;
    started = true;
    const { subject, sentAt } = WARM_UP_MESSAGE;
    // Without the language module, as the worker's first answers run.
    const [oneByte, twoByte] = warmUpTexts().map((text) => () => void analyze(text, { subject, sentAt }, null));
    oneByte();
    later(twoByte);
  };
}
