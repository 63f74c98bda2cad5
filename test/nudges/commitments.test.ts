import { describe, expect, it } from 'vitest';
import { findCommitments, promisedUpdateFrom } from '../../lib/nudges/commitments';
import { compromiseNlp } from '../../lib/nlp/compromise';
import { BERLIN, NEW_YORK, at, officeHours } from './fixtures';

// Sent Tuesday 24 Nov 2026, 10:00 in Berlin (09:00Z); working hours end at 17:00 (16:00Z).
const SENT = at('2026-11-24T09:00:00Z');

describe('findCommitments: promises', () => {
  it.each([
    ["I'll get back to you by Thursday.", 'by Thursday', '2026-11-26T16:00:00Z'],
    ['I will update you tomorrow morning.', 'tomorrow morning', '2026-11-25T11:00:00Z'],
    ["You'll hear from me by end of day.", 'by end of day', '2026-11-24T16:00:00Z'],
    ['We will send the plan by Friday 3pm.', 'by Friday 3pm', '2026-11-27T14:00:00Z'],
    ['Expect an update on Monday.', 'on Monday', '2026-11-30T16:00:00Z'],
    ["I'll update you by EOD tomorrow.", 'by EOD tomorrow', '2026-11-25T16:00:00Z'],
    ["I'll send it COB Friday.", 'Friday', '2026-11-27T16:00:00Z'],
    ["I'll get back to you within 2 hours.", 'within 2 hours', '2026-11-24T11:00:00Z'],
    ['We will send the plan by the end of the week.', 'by the end of the week', '2026-11-27T16:00:00Z'],
    ["I'm going to call you on Wednesday at 10:30.", 'on Wednesday at 10:30', '2026-11-25T09:30:00Z'],
    ['By Friday, we will have a fix in place.', 'By Friday', '2026-11-27T16:00:00Z'],
    ['Will update you tomorrow.', 'tomorrow', '2026-11-25T16:00:00Z'],
    ["I'll update you next week.", 'next week', '2026-12-04T16:00:00Z'],
    ['We aim to have the refund processed by 3 December.', 'by 3 December', '2026-12-03T16:00:00Z'],
    ['The outage on Monday was bad, and I will update you by Wednesday.', 'by Wednesday', '2026-11-25T16:00:00Z'],
  ])('%s', (text, phrase, due) => {
    const found = findCommitments(text, SENT, BERLIN, compromiseNlp);
    expect(found.map((c) => [c.phrase, c.dueAt.toISOString()])).toEqual([[phrase, at(due).toISOString()]]);
  });

  it('reads wrapped plain-text mail and keeps the sentence', () => {
    const text = 'Hi Anna,\n\nSorry about this. I\'ll get back to you\nby Thursday with the numbers.\n\nBest,\nSam';
    expect(findCommitments(text, SENT, BERLIN, compromiseNlp)).toEqual([
      { sentence: "I'll get back to you by Thursday with the numbers.", phrase: 'by Thursday', dueAt: at('2026-11-26T16:00:00Z') },
    ]);
  });

  it.each([
    ['a day off moves back to the last working day', "I'll get back to you by Saturday.", SENT, BERLIN, '2026-11-27T16:00:00Z'],
    ['a holiday too', "I'll get back to you by Thursday.", SENT, officeHours('Europe/Berlin', { holidays: ['2026-11-26'] }), '2026-11-25T16:00:00Z'],
    ['"today" after hours means the next working morning', "I'll update you later today.", at('2026-11-24T18:00:00Z'), BERLIN, '2026-11-25T08:00:00Z'],
    ['US fall back: Friday to Monday', "I'll update you on Monday.", at('2026-10-30T20:00:00Z'), NEW_YORK, '2026-11-02T22:00:00Z'],
    ['US spring forward: a clock time', "I'll call you Monday at 9:30am.", at('2026-03-06T20:00:00Z'), NEW_YORK, '2026-03-09T13:30:00Z'],
    ['EU spring forward: hours counted in working time', "I'll get back to you within 4 hours.", at('2026-03-27T15:00:00Z'), BERLIN, '2026-03-30T10:00:00Z'],
  ])('%s', (_name, text, sent, working, due) => {
    expect(findCommitments(text, sent, working, compromiseNlp).map((c) => c.dueAt.toISOString())).toEqual([at(due).toISOString()]);
  });
});

describe('findCommitments: not promises', () => {
  it.each([
    ['a past meeting', 'We met on Thursday.'],
    ['a mention of an event', 'The outage on Monday was bad.'],
    ['a refusal', "I won't be able to update you by Friday."],
    ['an absence', "I'll be out of office on Monday."],
    ['a request to the client', 'Could you send me the logs by Friday?'],
    ['a question', 'Shall we meet on Friday?'],
    ['no time named', "I'll get back to you soon. We will keep you posted."],
    ['past tense with a later "will"', 'We fixed it on Monday and will monitor it.'],
    ['the client quoted inline', 'You wrote "we will escalate this by Friday" and I understand why.'],
    [
      "the client's quoted demand",
      'Thanks, we are looking into it.\n\nOn Mon, 23 Nov 2026 at 09:12, Client <c@example.com> wrote:\n> We will cancel unless you update us by Friday.\n> I will call your boss on Monday.',
    ],
    [
      'an Outlook header block',
      'Noted.\n\n________________________________\nFrom: Client <c@example.com>\nSent: Monday, November 23, 2026 9:12 AM\nTo: Sam <sam@example.com>\nSubject: Outage\n\nWe will cancel by Friday.',
    ],
  ])('%s', (_name, text) => {
    expect(findCommitments(text, SENT, BERLIN, compromiseNlp)).toEqual([]);
  });
});

describe('promisedUpdateFrom', () => {
  it('keeps the earliest promise, stamped with the sent time', () => {
    const text = "We will send the plan by Friday. I'll call you tomorrow at 2pm to walk you through it.";
    expect(promisedUpdateFrom(text, SENT, BERLIN, compromiseNlp)).toEqual({
      dueAt: '2026-11-25T13:00:00.000Z',
      madeAt: SENT.toISOString(),
      phrase: 'tomorrow at 2pm',
    });
  });

  it('is null without a promise', () => {
    expect(promisedUpdateFrom('Thanks for your patience.', SENT, BERLIN, compromiseNlp)).toBeNull();
  });
});
