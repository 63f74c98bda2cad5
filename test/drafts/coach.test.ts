import { describe, expect, it } from 'vitest';
import { coachReply, MAX_COACH_CHARS } from '../../lib/drafts/coach';
import type { CoachFindingKind } from '../../lib/drafts/types';
import { issue, report } from './fixtures';

/** A reply that does everything right, to which each test adds one fault. */
const GOOD =
  "Hi Jane, I'm sorry about the double charge on invoice 4411 and the checkout outage. " +
  'We are refunding the charge today, and you will have a written plan for checkout by Thursday 3 December.';

const CLIENT_ISSUES = [{ statement: 'invoice 4411 charged twice' }, { statement: 'checkout page down since Monday' }];

function kinds(text: string, issues = CLIENT_ISSUES): CoachFindingKind[] {
  return coachReply(text, { issues }).map((f) => f.kind);
}

describe('coachReply: phrases', () => {
  const cases: [CoachFindingKind, string][] = [
    ['blame', 'Unfortunately you did not send the order numbers.'],
    ['blame', 'Unfortunately, you missed the deadline.'],
    ['blame', "It's not our fault the payment provider failed."],
    ['blame', 'It’s not our fault.'],
    ['blame', 'You should have told us sooner.'],
    ['blame', "You didn't read the release notes."],
    ['blame', 'This looks like a problem on your end.'],
    ['defensive', 'As I already said, the fix is live.'],
    ['defensive', 'As previously mentioned, the fix is live.'],
    ['defensive', 'Per my last email, the fix is live.'],
    ['defensive', 'As per my previous message, the fix is live.'],
    ["defensive", "That's not how it works."],
    ['defensive', 'Our policy is to refund within 30 days.'],
    ['excuse', 'Through no fault of our own, the server went down.'],
    ['excuse', 'We have been extremely busy this month.'],
    ['excuse', 'This was due to an unusually high volume of orders.'],
    ['excuse', 'It was beyond our control.'],
    ['overpromise', 'I guarantee it is fixed.'],
    ['overpromise', 'This will never happen again.'],
    ['overpromise', 'We are 100% sure.'],
  ];

  for (const [kind, sentence] of cases) {
    it(`flags ${kind}: "${sentence}" with offsets that point at the phrase`, () => {
      const text = `${GOOD} ${sentence}`;
      const found = coachReply(text, { issues: CLIENT_ISSUES }).filter((f) => f.kind === kind);
      expect(found).toHaveLength(1);
      const [f] = found;
      expect(text.slice(f.start, f.end)).toBe(f.phrase);
      expect(sentence.toLowerCase()).toContain(f.phrase!.toLowerCase());
      expect(f.why).toBeTruthy();
      expect(f.suggestion).toBeTruthy();
    });
  }

  it('finds every occurrence, in reading order', () => {
    const text = 'Per my last email, you should have checked. As I said, you should have checked.';
    const found = coachReply(text);
    const located = found.filter((f) => f.start !== undefined);
    expect(located.map((f) => f.kind)).toEqual(['defensive', 'blame', 'defensive', 'blame']);
    expect(located.map((f) => f.start)).toEqual([...located.map((f) => f.start!)].sort((a, b) => a - b));
  });

  it('does not flag honest or harmless wording', () => {
    const fine = [
      GOOD,
      "I can't guarantee a date yet, so I'll confirm one by Friday.",
      'There is no guarantee until the tests pass; I will confirm on Monday.',
      'I understand you were unhappy; unfortunately the fix took longer than I said, and that is on me.',
      'You should receive the refund today.',
      'Our policyholders are covered.',
      'I sat down with the team on Wednesday.',
    ];
    for (const text of fine) {
      const tone = coachReply(text).filter((f) => ['excuse', 'defensive', 'blame', 'overpromise'].includes(f.kind));
      expect(tone, text).toEqual([]);
    }
  });
});

describe('coachReply: what is left to fill in', () => {
  it('flags each placeholder a draft left in square brackets, where it is', () => {
    const text = `${GOOD}\n\nBest regards,\n[your name]`;
    const found = coachReply(text, { issues: CLIENT_ISSUES });
    expect(found.map((f) => f.kind)).toEqual(['placeholder']);
    expect(text.slice(found[0].start, found[0].end)).toBe('[your name]');
    expect(kinds(`${GOOD}\n\nBest regards,\nDana`)).toEqual([]);
    expect(kinds(`${GOOD} See clause [4] of the contract.`)).toEqual([]);
  });
});

describe('coachReply: what is missing', () => {
  it('a complete reply has no findings at all', () => {
    expect(coachReply(GOOD, { issues: CLIENT_ISSUES })).toEqual([]);
  });

  it('flags a reply that never acknowledges the client', () => {
    expect(kinds('Hi Jane, the refund for invoice 4411 goes out today and checkout is being fixed by Thursday.')).toEqual([
      'no-acknowledgement',
    ]);
  });

  it('flags a reply with no date or time commitment; "soon" and "ASAP" do not count', () => {
    expect(kinds("I'm sorry about invoice 4411 being charged twice and the checkout page. We will fix both soon, ASAP.")).toEqual([
      'no-date',
    ]);
    for (const when of ['within 2 working days', 'by 3pm', 'on 4 December', 'by end of day', 'tomorrow', 'on 03/12']) {
      expect(kinds(`I'm sorry about invoice 4411 being charged twice and the checkout page. We will fix both ${when}.`), when).toEqual([]);
    }
  });

  it('flags each client issue the reply leaves out, naming it', () => {
    const text = "I'm sorry about the double charge on invoice 4411; the refund goes out today, Friday.";
    const found = coachReply(text, { issues: CLIENT_ISSUES }).filter((f) => f.kind === 'unanswered-issue');
    expect(found.map((f) => f.phrase)).toEqual(['checkout page down since Monday']);
    expect(found[0].start).toBeUndefined();
  });

  it('matches issue words across word forms, case and accents', () => {
    const issues = [{ statement: 'Deliveries failing for the Café Müller account' }];
    expect(kinds("I'm sorry the delivery failed again for cafe muller; it is fixed by Monday.", issues)).toEqual([]);
  });

  it("reads the issues from the analyser's report when none are passed", () => {
    const r = report('upset', [issue('invoice 4411 charged twice', 'x'), issue('support never answers', 'y', 'generality')]);
    const found = coachReply("I'm sorry about invoice 4411 being charged twice; refund by Friday.", { report: r });
    expect(found.map((f) => [f.kind, f.phrase])).toEqual([['unanswered-issue', 'support never answers']]);
  });

  it('does not nag about gaps while the user has barely started', () => {
    expect(coachReply('Hi Jane,', { issues: CLIENT_ISSUES })).toEqual([]);
    expect(coachReply('')).toEqual([]);
  });

  it("ignores the quoted client message under the reply", () => {
    const text = `${GOOD}\n\nOn Tue, 24 Nov 2026 at 09:00, Jane Doe <jane@acme.test> wrote:\n> Per my last email, you should have fixed it.`;
    expect(coachReply(text, { issues: CLIENT_ISSUES })).toEqual([]);
  });
});

describe('coachReply: cost and safety', () => {
  it('caps very long input and never reports offsets past the cap', () => {
    const text = `${'a '.repeat(MAX_COACH_CHARS)} you should have`;
    expect(coachReply(text).every((f) => f.end === undefined || f.end <= MAX_COACH_CHARS)).toBe(true);
    expect(coachReply(text).some((f) => f.kind === 'blame')).toBe(false);
  });

  it('stays fast on adversarial input (no catastrophic backtracking)', () => {
    const nasty = [
      'as '.repeat(5000),
      `${'you '.repeat(3000)}should`,
      `${' '.repeat(19_000)}x`,
      `${'100'.repeat(6000)}`,
      'On '.repeat(6000),
      `${"it's ".repeat(3000)}not`,
    ];
    const started = performance.now();
    for (const text of nasty) coachReply(text, { issues: CLIENT_ISSUES });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('takes a realistic reply in well under a millisecond or so per call', () => {
    const reply = `${GOOD}\n`.repeat(20);
    const started = performance.now();
    for (let i = 0; i < 100; i += 1) coachReply(reply, { issues: CLIENT_ISSUES });
    expect((performance.now() - started) / 100).toBeLessThan(5);
  });

  it('treats markup as text', () => {
    const found = coachReply('<img src=x onerror=alert(1)> you should have <script>alert(1)</script>');
    const blame = found.find((f) => f.kind === 'blame')!;
    expect(blame.phrase).toBe('you should have');
  });
});
