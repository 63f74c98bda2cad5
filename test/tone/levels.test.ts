import { describe, expect, it } from 'vitest';
import { analyzeTone, isFlagged } from '../../lib/tone/index';
import { levelFor } from '../../lib/tone/score';

describe('levels: escalation means escalation risk', () => {
  it('a first, polite, factual complaint is upset, not escalation, even when its score is high', () => {
    for (const text of [
      'Amount of Rs 25,000 was debited from my account on 12 May but not credited to the beneficiary. Please resolve.',
      'Invoice 4411 has charged us twice. Please refund the duplicate payment.',
      'Hi, the payment of 1,200 EUR we made on 3 June has not been credited to our account yet. Kindly check and resolve. Thanks, Anil',
    ]) {
      const r = analyzeTone(text);
      expect(r.unhappy, text).toBe(true);
      expect(r.level, text).toBe('upset');
    }
    expect(analyzeTone('Invoice 4411 has charged us twice. Please refund the duplicate payment.').score).toBeGreaterThanOrEqual(95);
  });

  it('threats to leave or sue and requests to escalate are escalations', () => {
    for (const text of [
      'The invoice is wrong again. If it is not corrected this week we will cancel our subscription.',
      'The units you shipped are defective. Our lawyers will be in touch about a breach of contract.',
      'The export has failed for a week. I want this escalated to your managing director today.',
      'Fix this by Monday or we will terminate our contract.',
    ]) expect(analyzeTone(text).level, text).toBe('escalation');
  });

  it('open hostility is an escalation; one harsh word in a factual complaint is not', () => {
    expect(analyzeTone('You are useless liars and this whole product is a scam. The export failed again.').level).toBe('escalation');
    const one = analyzeTone('The export failed again last night and the error message is useless. Please have a look.');
    expect(one.level).not.toBe('escalation');
  });

  it('very high scores with several kinds of anger in the tone are escalations', () => {
    const r = analyzeTone('Frankly, this is ridiculous. You never listen to us. Great, another outage. WHY IS THIS STILL BROKEN??');
    expect(r.level).toBe('escalation');
  });

  it('an upset client who shouts and asks why is upset, not escalation', () => {
    expect(analyzeTone('Why is this STILL broken?? I was told it would be done YESTERDAY!!').level).toBe('upset');
  });

  it('the mapping agrees with the flag at every score', () => {
    const none = new Set<never>();
    const threat = new Set(['churn-threat'] as const);
    for (let score = 0; score <= 100; score += 0.5) {
      for (const [categories, insults] of [[none, 0], [threat, 0], [none, 3]] as const) {
        const level = levelFor(score, categories, { insults });
        expect(level === 'upset' || level === 'escalation').toBe(isFlagged(score));
        if (score < 25) expect(level).toBe('calm');
        else if (score < 50) expect(level).toBe('concerned');
      }
      expect(levelFor(score, none)).not.toBe('escalation');
    }
  });
});
