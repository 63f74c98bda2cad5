import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone/index';

// Written for this test: polite, factual complaints about a service that failed, and near misses.
describe('service failures and hostile wording', () => {
  it('a payment taken but not received, with a request to resolve, is flagged with the phrase shown', () => {
    const text = 'The amount was debited from our account but has not been credited to the supplier. Please resolve this.';
    const r = analyzeTone(text);
    expect(r.unhappy).toBe(true);
    const s = r.signals.find((x) => x.phrase === 'has not been credited');
    expect(s?.category).toBe('broken-promise');
    expect(text.slice(s!.start, s!.end)).toBe('has not been credited');
    expect(r.issues.length).toBeGreaterThan(0);
  });

  it('double charges, blocked accounts and no response are flagged', () => {
    expect(analyzeTone('Invoice 4411 was charged twice and the payment is not reflected in our portal. Kindly correct it.').unhappy).toBe(true);
    expect(analyzeTone('Our account has been blocked since last 5 days and nobody is responding.').unhappy).toBe(true);
  });

  it('one phrase matched by two rules of the same category is shown once', () => {
    const r = analyzeTone('Our account has been blocked since last 5 days and nobody is responding.');
    expect(r.signals.filter((s) => s.phrase === 'nobody is responding')).toHaveLength(1);
  });

  it('insults and rhetorical questions count as frustration', () => {
    expect(analyzeTone('You are clueless and your support is useless.').signals.some((s) => s.category === 'frustration')).toBe(true);
    expect(analyzeTone('Why does this keep happening? Are you kidding me?').unhappy).toBe(true);
  });

  it('near misses stay unflagged', () => {
    for (const text of [
      'I am unable to attend the call on Thursday, could we move it?',
      'I hate to bother you, but could you resend the slides?',
      'The payment went through fine, thanks for the quick help.',
      'Please find attached the invoice for March. Let me know if you need anything else.',
    ]) expect(analyzeTone(text).unhappy, text).toBe(false);
  });
});
