import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';

// Round 21 (issue #4): what b2b-blind16 showed. Sentences written for this test, each beside a look-alike.

const NOTICE = 'Dear Ms Brennan,\n\nWe hereby give 90 days notice that we will not renew the agreement at the end of the term.';
const SIGN = '\n\nKind regards,\nHelen';

describe('a notice not to renew', () => {
  it('that says it does not reflect on the service is not a threat', () => {
    const r = analyzeTone(`${NOTICE} This decision follows our move to a single group contract and does not reflect on the service we have received, which has been consistently good.${SIGN}`);
    expect(r.unhappy).toBe(false);
    expect(r.signals.map((s) => s.category)).not.toContain('churn-threat');
  });

  it('that gives the missed visits as the reason is one', () => {
    expect(analyzeTone(`${NOTICE} The missed engineer visits in March and April made the decision for us.${SIGN}`).level).toBe('escalation');
  });

  it('that clears the people "but" leaves anyway is one', () => {
    expect(analyzeTone('Dear Ms Brennan,\n\nThis does not reflect on your engineers, but after three missed visits we will not renew the agreement.\n\nKind regards,\nHelen').level).toBe('escalation');
  });
});

const THREAD = `

On Mon, 10 Mar 2025 at 16:40, Dana Whitcombe <dana@example.co.uk> wrote:
> Hi, chasing again on this one. Finance still can't open the Q1 folders.
>
> On Thu, 6 Mar 2025 at 11:02, Dana Whitcombe <dana@example.co.uk> wrote:
>> Hello, any update on the ticket below?
>>
>> On Mon, 3 Mar 2025 at 09:15, Dana Whitcombe <dana@example.co.uk> wrote:
>>> Hi, could someone pick this up please?`;

describe('a bare chase on top of earlier ones', () => {
  it('"Any news?" over three quoted reminders is the fourth chase', () => {
    const r = analyzeTone(`Any news?\n\nDana${THREAD}`);
    expect(r.unhappy).toBe(true);
    expect(r.signals[0]).toMatchObject({ category: 'repeat-failure', phrase: 'Any news', why: 'Chases again: the thread below already holds 3 earlier reminders.' });
  });

  it('"Any news?" over a thread without reminders is a first ask', () => {
    const r = analyzeTone('Any news?\n\nDana\n\nOn Mon, 10 Mar 2025 at 16:40, Sam <sam@example.co.uk> wrote:\n> Hi Dana, the new folders go live on Thursday once finance has signed off.\n>\n> On Thu, 6 Mar 2025, Dana <dana@example.co.uk> wrote:\n>> Great, thanks for the plan.');
    expect(r.unhappy).toBe(false);
    expect(r.signals).toEqual([]);
  });

  it('one earlier reminder is not yet a pattern', () => {
    const r = analyzeTone('Any news?\n\nDana\n\nOn Mon, 10 Mar 2025, Dana <dana@example.co.uk> wrote:\n> Hello, any update on the ticket below?');
    expect(r.signals).toEqual([]);
  });
});
