import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone/index';
import { STATEMENT_CHARS } from '../../lib/tone/issues';
import type { ToneReport } from '../../lib/tone/types';

/** Realistic B2B complaints; each problem is named by key words its statement must contain. */
const DEMO = `Sam,
This is the third launch date you have missed. We told our board the patient portal would go live on the 1st, then the 15th, and now your team tells us "early next month" with no explanation. Frankly, this is unacceptable.
Every week of delay costs us money and credibility with our clinics. Nobody from your side has given us a straight answer, and I'm tired of chasing you for updates.
I want a call with your managing director by Friday and a written recovery plan with firm dates. If we don't have that, we will terminate the contract and our lawyers will be in touch about the fees already paid.
Daniel`;

const BILLING = `Hi Priya,

We have been charged twice for invoice INV-2291 (£4,800 each time, on 3 and 4 June). Frankly, I'm disappointed. On top of that, the credit note you promised last week has still not arrived.

I'm really tired of this. Please refund the duplicate payment by Friday.

Thanks,
Omar`;

const EXPORT = `Dear Support,

Since the 4.2 update on Monday, the nightly export to our warehouse has failed every night with error E-503. Our finance team cannot close the month without it, and we still have not received a root-cause analysis.

I raised ticket #88123 three days ago and nobody has replied. It is unacceptable that a paid support plan gets no response for three days.

If this is not fixed by Thursday we will have to review our contract.

Regards,
Lena`;

const ONBOARDING = `Jo,

Honestly, I'm fed up. The onboarding was a mess, the trainer turned up 40 minutes late on day one, and half of our users still cannot log in to the portal.

Your account manager promised us weekly status reports and we have received exactly one in six weeks. I am very disappointed with how this has been handled.

What a joke.

Tom`;

const SWEEPING = `Hello team,

You never listen to what we ask for. Nothing your developers ship works the way it should. You always break it. This is ridiculous and I am sick of it.

We need someone senior on a call this week.

Karen`;

const OUTAGE = `Hi Sam,

The dashboard is down again. This is the fourth outage this month, and every time it happens we lose a day of sales.

Seriously, this is unacceptable. I want the root cause in writing and a credit for the downtime.

Mia`;

/** Sentences of pure feeling or verdict, asks and threats: never a problem statement. */
const NOT_A_PROBLEM = /^(?:this is (?:unacceptable|ridiculous)|frankly|seriously|what a joke|i['’]m (?:really )?tired of this|i want|we need|please|if )/i;
const THREAT_OR_ASK = /\b(?:terminate|lawyers?|review our contract|managing director|call with|refund the|root cause in writing)\b/i;

function statements(r: ToneReport): string[] {
  return r.issues.map((i) => i.statement);
}

function expectValid(text: string, r: ToneReport): void {
  expect(r.issues.length).toBeGreaterThan(0);
  for (const i of r.issues) {
    expect(text.slice(i.start, i.end)).toBe(i.evidence);
    expect(i.source).toBeDefined();
    const source = i.source ?? { start: -1, end: -1 };
    expect(source.start).toBeGreaterThanOrEqual(i.start);
    expect(source.end).toBeLessThanOrEqual(i.end);
    expect(i.statement.length).toBeLessThanOrEqual(STATEMENT_CHARS + 1);
    expect(i.statement).not.toMatch(NOT_A_PROBLEM);
    expect(i.statement).not.toMatch(THREAT_OR_ASK);
  }
  // Near-identical statements are listed once.
  expect(new Set(statements(r).map((s) => s.toLowerCase())).size).toBe(r.issues.length);
}

function expectProblems(r: ToneReport, keyWords: RegExp[]): void {
  for (const k of keyWords) expect(statements(r).some((s) => k.test(s)), `${k} in ${JSON.stringify(statements(r))}`).toBe(true);
}

describe('issues are problems, not feelings', () => {
  it('demo email: missed date, no explanation, cost of delay, no straight answer', () => {
    const r = analyzeTone(DEMO);
    expectValid(DEMO, r);
    expectProblems(r, [/third launch date missed/, /no explanation/, /delay costs us money/, /straight answer/]);
    expect(statements(r).some((s) => /unacceptable|tired/i.test(s))).toBe(false);
    expect(r.issues.find((i) => /straight answer/.test(i.statement))?.kind).toBe('generality');
    expect(r.issues.find((i) => /launch date/.test(i.statement))?.kind).toBe('specific');
  });

  it('billing: double charge and the missing credit note, not the disappointment or the refund ask', () => {
    const r = analyzeTone(BILLING);
    expectValid(BILLING, r);
    expectProblems(r, [/charged twice.*INV-2291/, /credit note.*not arrived/]);
    expect(r.issues).toHaveLength(2);
    expect(r.issues.every((i) => i.kind === 'specific')).toBe(true);
  });

  it('export failure: the failure, the missing analysis and the unanswered ticket; the threat is left out', () => {
    const r = analyzeTone(EXPORT);
    expectValid(EXPORT, r);
    expectProblems(r, [/export.*failed.*E-503/, /root-cause analysis still not received/, /ticket #88123.*nobody has replied/, /no response for three days/]);
    expect(statements(r).some((s) => /^it is unacceptable/i.test(s))).toBe(false);
  });

  it('one sentence with two failures gives two issues; a verdict on a named thing asks for an example', () => {
    const r = analyzeTone(ONBOARDING);
    expectValid(ONBOARDING, r);
    expectProblems(r, [/trainer.*late/, /cannot log in to the portal/, /promised us weekly status reports/]);
    expect(r.issues.find((i) => /onboarding was a mess/.test(i.statement))?.kind).toBe('generality');
    expect(statements(r).some((s) => /joke|fed up|disappointed/i.test(s))).toBe(false);
    const [late, login] = ['trainer', 'log in'].map((w) => r.issues.find((i) => i.statement.includes(w)));
    expect(late?.evidence).toBe(login?.evidence);
    expect(late?.source?.start).not.toBe(login?.source?.start);
  });

  it('sweeping claims are generalities; the emotion and the ask are not issues', () => {
    const r = analyzeTone(SWEEPING);
    expectValid(SWEEPING, r);
    expectProblems(r, [/you never listen/, /nothing your developers ship works/, /you always break it/]);
    expect(r.issues.every((i) => i.kind === 'generality')).toBe(true);
    expect(r.issues).toHaveLength(3);
  });

  it('outage: down again and the fourth outage this month are specific', () => {
    const r = analyzeTone(OUTAGE);
    expectValid(OUTAGE, r);
    expectProblems(r, [/dashboard is down again/, /fourth outage this month/]);
    expect(r.issues.every((i) => i.kind === 'specific')).toBe(true);
  });

  it('compresses frames and lead-ins into short statements', () => {
    const cases: [string, RegExp][] = [
      ['We still have not received the Q3 usage report. Please advise.', /^the Q3 usage report still not received$/],
      ['I am frustrated that every answer from your support desk is a copy-paste of the FAQ.', /^every answer from your support desk is a copy-paste of the FAQ$/],
      ['We are fed up with chasing your team for basic updates.', /^having to chase your team for basic updates$/],
      ['Please advise why the integration is still not configured after three weeks.', /^the integration is still not configured after three weeks$/],
      ['Frankly, the invoice is wrong again. This is unacceptable.', /^the invoice is wrong again$/],
    ];
    for (const [text, want] of cases) expect(statements(analyzeTone(text))).toEqual([expect.stringMatching(want)]);
  });

  it('keeps long statements under the limit, cut at a clause boundary', () => {
    const text = 'The amount of 12,500 EUR was debited from our account on 12 May but has not been credited to the supplier, which is now holding our order and charging late fees. Kindly resolve.';
    const r = analyzeTone(text);
    expectValid(text, r);
    expect(r.issues[0].statement).toMatch(/debited on 12 May but has not been credited to the supplier$/);
  });

  it('a message of pure feeling has no issues', () => {
    expect(analyzeTone('Frankly, this is unacceptable. I am sick and tired of this. What a joke.').issues).toEqual([]);
  });

  it('deduplicates the same problem said twice', () => {
    const r = analyzeTone('The invoice 4411 was charged twice. As I said, invoice 4411 was charged twice!');
    expect(r.issues).toHaveLength(1);
  });
});

describe('asides and single events', () => {
  it('keeps a clause whole across an aside in brackets, dropping an aside that only names', () => {
    const r = analyzeTone('Hi Tom, The nightly export (the one finance relies on) failed again on Saturday. Invoice 4471 charges us for the premium support tier (which was supposed to be included in the renewal). Please fix both.');
    expect(statements(r)).toContain('the nightly export failed again on Saturday');
    const invoice = r.issues.find((i) => /invoice 4471/.test(i.statement));
    expect(invoice?.kind).toBe('specific');
    expect(invoice?.statement).toBe('invoice 4471 charges us for the premium support tier');
    expect(statements(r).some((st) => /^which/.test(st))).toBe(false);
  });

  it('"nobody told us until we called" is one event; "nobody listens" sweeps', () => {
    const r = analyzeTone('The order arrived damaged and nobody from your team told us until we called. Nobody listens to us.');
    expect(r.issues.find((i) => /told us/.test(i.statement))?.kind).toBe('specific');
    expect(r.issues.find((i) => /listens/.test(i.statement))?.kind).toBe('generality');
  });
});

describe('a long complaint', () => {
  it('keeps the late specific (the invoice) when there are more issues than the list holds, and hears the written plan asked for', () => {
    const text = `Dana,
This is the third outage this month. Our customers could not log in for most of Monday morning, and nobody from your team told us until we called. Frankly, this is unacceptable.
On the 19th you promised a fix "by Friday". Friday came and went, the export failed again on Saturday, and we heard nothing. I'm tired of chasing you for updates.
On top of that, invoice 4471 charges us for the premium support tier we were promised as part of the renewal. I won't approve it as it stands.
I need a call with someone senior by Thursday and a written plan with dates.
Maria`;
    const r = analyzeTone(text);
    expect(r.issues.length).toBeLessThanOrEqual(6);
    expect(statements(r).some((s) => /invoice 4471/.test(s))).toBe(true);
    expect(r.asks.map((a) => a.phrase)).toEqual(expect.arrayContaining(['a call', 'a written plan with dates']));
  });

  it('lists what went wrong in a polite notice not to renew, and the handover plan asked for', () => {
    const r = analyzeTone('Dana,\nI am writing to let you know that we have decided not to renew our contract in January. Over the past quarter, three of the four milestones were missed, and our board has asked us to find another supplier. I would appreciate a handover plan by 15 December.\nKind regards, Maria');
    expect(statements(r)).toEqual(['three of the four milestones were missed']);
    expect(r.asks.map((a) => a.phrase)).toContain('a handover plan');
  });
});

