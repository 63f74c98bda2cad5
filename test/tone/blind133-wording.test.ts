import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 45 (issue #4): what b2b-blind133, 134, 135 and 136 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints', () => {
  it('"this isn\'t aimed at you"; "I know there\'s nothing you can do"', () => {
    expect(analyzeTone("Hi Jo,\n\nForwarding a member complaint so you can see the pressure we're under. To be clear, this isn't aimed at you - two treadmills were damaged over the weekend and we only found out on Monday.\n\nCould we get an engineer in as soon as possible?\n\nThanks,\nCarla").unhappy).toBe(false);
    expect(analyzeTone("Hi Peter,\n\nOur accountants still haven't finalised the year-end accounts and the filing deadline is 30 September. They keep promising \"next week\".\n\nIs there any way to apply for an extension? I know there's nothing you can do until you have the accounts.\n\nCheers,\nHugh").unhappy).toBe(false);
  });

  it("the client's bank: a glitch on their side, their system not ours", () => {
    expect(analyzeTone("Hi there,\n\nOur bank has just told us that a glitch on their side sent our payment for INV-5510 twice. Complete nightmare on their end.\n\nCould you refund the duplicate or hold it as credit? Sorry for the extra admin.\n\nKind regards,\nBev").unhappy).toBe(false);
    expect(kinds('Our bank had a problem with the BACS run (their system, not ours).')).not.toContain('blame');
    expect(kinds('The error is yours, not ours.')).toContain('blame');
  });

  it('the police investigating; "we\'ve got nothing ourselves"', () => {
    expect(kinds("Our CCTV has been down for a fortnight, so we've got nothing ourselves.")).not.toContain('broken-promise');
    expect(analyzeTone("Hi Marcus,\n\nThe police are investigating a series of tags around the estate. Our CCTV has been down for a fortnight (our security contractor is supposedly fixing it), so we've got nothing ourselves.\n\nDo your lads take before photos? Could you send whatever you have from Tuesday?\n\nThanks,\nHayley").unhappy).toBe(false);
  });
});

describe('complaints found', () => {
  it('nobody explained; quote against invoice; nothing happened; told it would be stopped and it was not', () => {
    expect(kinds('Nobody explained us this difference before the work was made.')).toContain('broken-promise');
    expect(kinds('In the quotation the price was 640 pounds, but now the invoice says 1,085 pounds.')).toContain('broken-promise');
    expect(kinds('You confirmed receipt. Clearly nothing happened with it.')).toContain('broken-promise');
    expect(kinds('I was told the card would be stopped immediately. It was not stopped.')).toContain('broken-promise');
    expect(kinds('That is £48 a month more than we agreed.')).toContain('broken-promise');
    expect(kinds('When we renewed you wrote to me: "Your fee will remain at £1.50."')).toContain('broken-promise');
    expect(kinds('The card would be stopped at noon. It was not a problem to wait that long.')).not.toContain('broken-promise');
  });

  it('solicitors and insurers, counsel copied, an invoice they cannot approve', () => {
    expect(kinds('We have passed this matter to our solicitors and to our insurers.')).toContain('legal-threat');
    expect(kinds('Please forward this letter to your public liability insurer.')).toContain('legal-threat');
    expect(kinds("I've copied our legal counsel, Declan Byrne.")).toContain('escalation-request');
    expect(kinds('Unfortunately we cannot approve it in this form.')).toContain('legal-threat');
  });

  it('quotes from other companies, moving unless matched, taking it from here', () => {
    expect(kinds("I've been asked to get quotes from other servicing companies.")).toContain('churn-threat');
    expect(kinds('We get quotes from other companies every year as standard.')).not.toContain('churn-threat');
    expect(kinds("Unless you can match it, we'll be moving our 120 cards across at the end of the month.")).toContain('churn-threat');
    expect(kinds("I need the minutes by 5pm today, or we'll take it from here.")).toContain('churn-threat');
  });

  it('dry remarks', () => {
    expect(kinds('Good news: your engineer found us this morning, which is an improvement on Tuesday.\n\nLess good news: he came without the cable.')).toContain('sarcasm');
    expect(kinds('Thanks for confirming the crew "attended promptly" on Friday.')).toContain('sarcasm');
    expect(kinds("Perhaps we're working from different dictionaries.")).toContain('sarcasm');
    expect(kinds("It's very good at showing sites. It's less good at showing sites that take your card.")).toContain('sarcasm');
  });

  it('counting days, the second error this year, a third day taped off, back and forth for weeks', () => {
    expect(kinds('Day three since I reported it.')).toContain('repeat-failure');
    expect(kinds('The machine is taped off for a third day.')).toContain('repeat-failure');
    expect(kinds('This is the second error on a filing for us this year.')).toContain('repeat-failure');
    expect(kinds("We've been going back and forth on this for five weeks and I've had nothing concrete.")).toContain('elapsed');
  });

  it('not a good job, not right, what they paid, done properly, checked before it goes in', () => {
    expect(kinds('This is not a good job.')).toContain('frustration');
    expect(kinds("Charging us a late fee for a collection you didn't make isn't right.")).toContain('frustration');
    expect(kinds('Is the postcode on the form right? I was not sure.')).not.toContain('frustration');
    expect(kinds('I pay 180 pound for this. Please you come back and make it properly.')).toContain('polite-anger');
    expect(kinds('It would help if someone could check these before they go in.')).toContain('polite-anger');
    expect(kinds('I need to raise the conduct of the two operatives who attended today.')).toContain('polite-anger');
    expect(kinds("I'd appreciate an up-to-date list that I can actually rely on.")).toContain('polite-anger');
  });

  it('work holds and misreadings', () => {
    expect(kinds("I've asked our accounts team to put all open invoices from you on hold until the damage is sorted.")).toContain('legal-threat');
    expect(kinds('What exactly is the point of a stop line if nothing happens when we ring it?')).toContain('exasperated-question');
  });
});
