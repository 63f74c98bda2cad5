/**
 * Mail about the sender's own slip or a third party's doing is not a complaint about us (issue #4,
 * false alarms seen on b2b-blind12): a thing that "did exactly what it was supposed to", "all the
 * time your team put in", the sender's bank holding a payment, "I know it was due last week", "I sent
 * you the draft instead of the final one", customers' anger or threats passed on, a board's decision
 * and the sender's feeling about it. Each next to the complaint it must not swallow.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';

const categories = (text: string) => analyzeTone(text).signals.map((s) => s.category);

describe('what the recipient did right is not a broken promise or a repeat failure', () => {
  it('"did exactly what it was supposed to" praises; "was supposed to arrive" complains', () => {
    expect(categories('Your import did exactly what it was supposed to, the file was the problem.')).not.toContain('broken-promise');
    expect(categories('The report was supposed to arrive on Monday and we still do not have it.')).toContain('broken-promise');
  });

  it('"all the time your team put in" is thanks; "it crashes all the time" is a repeat failure', () => {
    expect(categories('Thank you for all the time your team put in on the proposal.')).not.toContain('repeat-failure');
    expect(categories('The booking page crashes all the time and our staff have given up on it.')).toContain('repeat-failure');
  });
});

describe("the sender's own slip", () => {
  it('their bank holding a payment, and "I know it was due last week", are not flagged', () => {
    const r = analyzeTone(
      'Hi Ellie,\n\nJust a heads-up that you may not have received payment for invoice 1187 yet. Our bank flagged the transfer as a new payee and held it, and nobody told us until this morning. It has been released now.\n\nApologies, I know it was due last week.\n\nBest,\nMarcus',
    );
    expect(r.unhappy).toBe(false);
    expect(r.signals).toEqual([]);
  });

  it('"I know it was due last week, but…" still complains about what follows', () => {
    expect(analyzeTone('I know it was due last week, but your team still has not sent the corrected invoice and nobody answers the phone.').unhappy).toBe(true);
  });

  it('"I sent you the draft instead of the final one" is their mistake', () => {
    const r = analyzeTone(
      "Hi Lucía,\n\nI'm so sorry, I've just realised I sent you the draft version of the user manual yesterday instead of the final one. Please stop work on it if you've started. The correct file is attached.\n\nApologies again,\nHenrik",
    );
    expect(r.unhappy).toBe(false);
  });
});

describe('feelings and threats passed on from the sender’s own customers', () => {
  const relayed =
    "Hi Jonas,\n\nWe've had a few angry emails from customers this morning saying the outlet page shows the wrong prices. I've checked, and it's our fault - Tanja uploaded the old price file on Friday. Your import did exactly what it was supposed to.\n\nCould someone re-run the import with the attached file? One customer is threatening a chargeback, so the sooner the better.\n\nThanks,\nSabine";

  it('are not the client angry with us, nor the client threatening us', () => {
    const r = analyzeTone(relayed);
    expect(r.unhappy).toBe(false);
    expect(r.level).not.toBe('escalation');
    expect(r.signals.map((s) => s.category)).not.toContain('legal-threat');
  });

  it('the client threatening a chargeback themselves is still a legal threat', () => {
    const r = analyzeTone('If the duplicate charge is not refunded by Friday we will file a chargeback with our card provider.');
    expect(r.signals.map((s) => s.category)).toContain('legal-threat');
    expect(r.unhappy).toBe(true);
  });
});

describe("a third party's decision and the sender's feeling about it", () => {
  it('is news, not a complaint, however long the feeling', () => {
    const r = analyzeTone(
      "Hi Florian,\n\nI'm afraid I have disappointing news. The board met yesterday and decided not to go ahead with the automation project this year. I'm honestly frustrated - I think it was the right project - but with the acquisition taking up the whole capital budget there just wasn't room for it.\n\nTo be clear, it was nothing to do with your proposal.\n\nThank you for all the time your team put in.\n\nBest regards,\nKaren",
    );
    expect(r.unhappy).toBe(false);
    expect(r.signals).toEqual([]);
  });

  it('the same feeling about what the recipient did stays a complaint', () => {
    expect(analyzeTone("I'm honestly frustrated: your team missed the third deadline in a row and nobody told us.").unhappy).toBe(true);
  });
});
