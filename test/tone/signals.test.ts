import { describe, expect, it } from 'vitest';
import { analyzeTone, type SignalCategory } from '../../lib/tone/index';

function categories(text: string): SignalCategory[] {
  return analyzeTone(text).signals.map((s) => s.category);
}

// Each category: messages that must raise it, and near-misses that must not.
const CASES: Record<SignalCategory, { yes: string[]; no: string[] }> = {
  'broken-promise': {
    yes: [
      'We were promised a fix by Friday and nothing has changed.',
      'The dashboard is still not loading for our team.',
      'The parts were supposed to arrive on Monday.',
      "I raised the ticket last week and still haven't had any response.",
      'Two calls to your helpdesk and no useful answer.',
    ],
    no: [
      'We were pleased with the fix you shipped on Friday.',
      'The parts arrived on Monday as planned.',
      'We got a quick response from your helpdesk, thank you.',
    ],
  },
  'repeat-failure': {
    yes: ['This is the third time this month the sync has failed.', 'The portal is down again!', 'I have already reported this bug to your team.'],
    no: ['Thanks again for the quick help with the portal.', 'This is the first time we have used the portal.'],
  },
  frustration: {
    yes: [
      'We are very disappointed with the quality of the last delivery.',
      'Honestly this is unacceptable for a paid plan.',
      'We are not happy with the new reports at all.',
      'After this quarter I would not recommend your agency to anyone.',
      'Signing with you was a big mistake.',
    ],
    no: [
      'We are not disappointed at all, the new reports look great.',
      'We are happy with the new reports.',
      'I would recommend your agency to anyone.',
    ],
  },
  urgency: {
    yes: ['Please call me ASAP about the payroll run.', 'Our checkout is down and we are losing sales right now.', 'The translation is full of errors and we cannot publish it.'],
    no: ['This is not urgent, please look at it when you can.', 'Happy to discuss the roadmap next month.', 'We cannot attend the launch on Monday, sorry.'],
  },
  'churn-threat': {
    yes: ['If this continues we will cancel our contract at the end of the month.', 'We have started looking at other providers for next year.'],
    no: ['We are not planning to cancel our contract, just asking about pricing.', 'Could you send the contract for next year?'],
  },
  'legal-threat': {
    yes: ['We will be referring this to our lawyers if it is not resolved.', 'The missed SLAs are a breach of contract.', 'I have passed this to our legal team.'],
    no: [
      'Our office moved next to a law firm, so the address has changed.',
      'The contract was signed by both parties yesterday.',
      'Our legal team has reviewed the contract and it is ready to sign.',
    ],
  },
  'escalation-request': {
    yes: ['I want this escalated to your head of support today.', 'Please let me speak to your manager about this.'],
    no: ['Your manager gave a great talk at the conference.', 'Please send the slides to the team.'],
  },
  blame: {
    yes: ['Your team broke the integration when you pushed the update.', 'You never listen to what we ask for.'],
    no: ['Our own team broke the integration, sorry about that.', 'We listened to the recording of the call.'],
  },
  sarcasm: {
    yes: ['Great, another outage on a Monday morning. Thanks a lot.', 'Thanks for nothing, three weeks and no answer.'],
    no: ['Great to hear the outage is over, thanks so much.', 'Thanks for the quick answer on Monday.'],
  },
  'polite-anger': {
    yes: ['Per my last email, the invoice is still wrong.', 'I would appreciate an update at your earliest convenience.', 'With all due respect, this is not what we agreed.'],
    no: ['Here is my last email address change, please update your records.', 'Great meeting today, see you next week.'],
  },
  shouting: {
    yes: ['THE SYSTEM IS STILL NOT WORKING AND NOBODY CARES', 'Why is this still broken?!?!'],
    no: ['The SLA and the API docs are attached as a PDF.', 'Why is the meeting moved?', 'Loved the piece by @CNBC on the #JOBS report and the [NAME] interview.'],
  },
};

describe('signal categories', () => {
  for (const [category, { yes, no }] of Object.entries(CASES) as [SignalCategory, { yes: string[]; no: string[] }][]) {
    for (const text of yes) it(`${category} found in: ${text}`, () => expect(categories(text)).toContain(category));
    for (const text of no) it(`${category} absent in: ${text}`, () => expect(categories(text)).not.toContain(category));
  }
});

describe('signal details', () => {
  const text = 'Hi team,\n\nPer my last email, the export is STILL broken!!! We were promised a fix. 😤 Please escalate this.';
  const report = analyzeTone(text);

  it('offsets point at the exact phrase', () => {
    expect(report.signals.length).toBeGreaterThan(3);
    for (const s of report.signals) expect(text.slice(s.start, s.end)).toBe(s.phrase);
    for (const i of report.issues) expect(text.slice(i.start, i.end)).toBe(i.evidence);
    for (const a of report.asks) expect(text.slice(a.start, a.end)).toBe(a.phrase);
  });

  it('every signal has a positive weight and a plain-words why', () => {
    for (const s of report.signals) {
      expect(s.weight).toBeGreaterThan(0);
      expect(s.why).toMatch(/^[A-Z].+\.$/);
    }
  });

  it('reasons explain the flag in sentences', () => {
    expect(report.unhappy).toBe(true);
    expect(report.reasons.length).toBeGreaterThan(0);
    expect(report.reasons.join(' ')).toMatch(/promised|escalat/i);
  });

  it('quotes a phrase the client repeats once, so the reason names different evidence', () => {
    const repeated = analyzeTone(
      'Frankly, the export failed again and again. Frankly, we are running out of patience. ' +
        'Frankly, the team is running out of patience too, and it keeps failing again and again.',
    );
    const quotes = repeated.reasons.join(' ').match(/“[^”]+”/g) ?? [];
    expect(quotes.length).toBeGreaterThan(1);
    expect(new Set(quotes.map((q) => q.toLowerCase())).size).toBe(quotes.length);
  });
});

describe('negation, intensity and loudness', () => {
  it('"not happy" counts against, "not a problem" counts for', () => {
    const unhappy = analyzeTone('We are not happy with how the rollout went this week.');
    const fine = analyzeTone('Not a problem at all, the rollout can wait until next week.');
    expect(unhappy.score!).toBeGreaterThan(fine.score!);
    expect(fine.unhappy).toBe(false);
  });

  it('an intensifier raises and a hedge lowers the same complaint', () => {
    const plain = analyzeTone('We are disappointed with the latest release of the app.').score!;
    const strong = analyzeTone('We are extremely disappointed with the latest release of the app.').score!;
    const hedged = analyzeTone('We are slightly disappointed with the latest release of the app.').score!;
    expect(strong).toBeGreaterThan(plain);
    expect(hedged).toBeLessThan(plain);
  });

  it('capitals and "!!!" have a bounded effect', () => {
    const calm = 'Can you send the new brochure files to our printer today please';
    const loud = analyzeTone(`${calm.toUpperCase()}!!!`);
    const louder = analyzeTone(`${calm.toUpperCase()}${'!'.repeat(200)}`);
    expect(loud.signals.some((s) => s.category === 'shouting')).toBe(true);
    expect(louder.score! - loud.score!).toBeLessThanOrEqual(5);
    expect(louder.signals.filter((s) => s.category === 'shouting').length).toBeLessThanOrEqual(12);
  });

  it('a question is not a complaint by itself', () => {
    expect(analyzeTone('Does the API support bulk updates, or do we send records one at a time?').unhappy).toBe(false);
  });
});
