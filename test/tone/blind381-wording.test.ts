import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 76 (issue #4): what b2b-blind381, 382, 383 and 384 showed. Sentences written for this test, each beside a look-alike.
const mail = (s: string) => analyzeTone(`Hi Sam,\n\n${s}\n\nThanks,\nJo`);

describe('not complaints', () => {
  it('their own late payment, a warning that showed twice in the afternoon, "not a complaint about your service"', () => {
    expect(kinds('Payment on INV-4661 is going to be about two weeks late.')).not.toContain('broken-promise');
    expect(kinds('The fault flashed a temperature warning twice in the afternoon.')).not.toContain('repeat-failure');
    expect(kinds("I've had to ask twice in person now.")).toContain('repeat-failure');
    expect(kinds("This isn't a complaint about your service; the machine's been reliable.")).not.toContain('frustration');
    expect(mail("Footfall is down 20% and our accountant wants every fixed cost reviewed. This isn't a complaint about your service; the machine's been reliable. Could we talk about the options?").unhappy).toBe(false);
  });

  it('the hire firm they booked let them down, "on their part"', () => {
    expect(mail("Sorry about Wednesday. The crane hire firm we booked to lift your boat in didn't turn up – they double-booked the operator. Completely unacceptable on their part and we'll be having words.\n\nPlease charge the standby day at your normal rate.").unhappy).toBe(false);
    expect(mail("Your crew didn't turn up on Wednesday and nobody called. Completely unacceptable on their part.").unhappy).toBe(true);
  });
});

describe('complaints found', () => {
  it('counts and costs: six of eight arrived flat, binned stock, a day and a half lost, a fair bit in waste', () => {
    expect(kinds('Six of the eight batteries arrived flat last night.')).toContain('problem');
    expect(kinds('Six of the eight batteries arrived on time.')).not.toContain('problem');
    expect(kinds("We've binned the oyster mushrooms.")).toContain('impact');
    expect(kinds("They've cost us around a day and a half of shooting time.")).toContain('impact');
    expect(kinds("It's costing us a fair bit in waste.")).toContain('impact');
    expect(kinds('It cost us a fair price but it was worth it.')).not.toContain('impact');
  });

  it('leaving or reviewing: whether to continue using you, "that\'s it for us", from someone else, suspended from the list, no further works', () => {
    expect(kinds('We will be reviewing whether to continue using you as our primary supplier.')).toContain('churn-threat');
    expect(kinds("That's it for us I'm afraid.")).toContain('churn-threat');
    expect(kinds("We've had to get the weekend order from someone else.")).toContain('churn-threat');
    expect(kinds('Our HSE team has suspended Tidewater Diving from our approved contractor list.')).toContain('churn-threat');
    expect(kinds('No further works will be instructed until the investigation is closed.')).toContain('churn-threat');
    expect(kinds('we will suspend all further loads by your company at our sites')).toContain('churn-threat');
  });

  it('legal and formal: legal advisers, a formal dispute, a claimed day not accepted', () => {
    expect(kinds('We will refer the matter to our legal advisers.')).toContain('legal-threat');
    expect(kinds('We are treating this as a formal dispute.')).toContain('legal-threat');
    expect(kinds("I'm not going to accept a weather day for that.")).toContain('legal-threat');
  });

  it('promises and specs: quoted back, not where agreed, not what was asked, not matching the drawing', () => {
    expect(kinds('Quoting your email from last Thursday back to you: "it won\'t happen again."')).toContain('broken-promise');
    expect(kinds('The box was left on the step, not in the back yard as agreed.')).toContain('broken-promise');
    expect(kinds('Please do not leave it on the step, as agreed.')).not.toContain('broken-promise');
    expect(kinds("The photos are of Berth 6, which we didn't ask you to inspect.")).toContain('broken-promise');
    expect(kinds("The pile IDs don't match our drawing.")).toContain('broken-promise');
    expect(kinds('Order 5512 short again. Invoiced 2kg, 1.4kg in the box. Please credit.')).toContain('problem');
    expect(kinds("They're no good for the dish.")).toContain('problem');
  });

  it('dry remarks and pointed asks', () => {
    expect(kinds("I don't need an essay back, I need the kit charged.")).toContain('polite-anger');
    expect(kinds('Would also be nice to know about subs before they arrive.')).toContain('polite-anger');
    expect(kinds("Good to see them – only a day late, so they'll be lovely for tomorrow.")).toContain('sarcasm');
    expect(kinds('I\'m going to assume the "golden oyster" in today\'s box is a new grey variety.')).toContain('sarcasm');
    expect(kinds('Eleven weeks for fourteen pages is quite something.')).toContain('sarcasm');
    expect(kinds('Could someone tell me whether Thursday\'s delivery is actually coming on Thursday?')).toContain('exasperated-question');
    expect(kinds('Not what we\'re used to from you.')).toContain('disappointment');
    expect(kinds('After the no-show this morning – the second this month – we need to talk.')).toContain('repeat-failure');
  });
});
