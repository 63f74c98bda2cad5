import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 50 (issue #4): what b2b-blind173, 174, 175 and 176 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it("their own customer's threat, forwarded for advice", () => {
    expect(analyzeTone("Hi Olivia,\n\nSee below from one of our customers – they're not happy at all and are threatening to terminate the service contract for breach.\n\nCould you look at clause 18 and tell us whether they can actually terminate?\n\nThanks,\nMarcus").unhappy).toBe(false);
    expect(kinds("We're not happy at all and are threatening to terminate the service contract.")).toContain('churn-threat');
  });

  it('a customer gone into administration; a bank platform down, two words before "platform"', () => {
    expect(analyzeTone("Hi Ollie,\n\nWe've just heard that Carters Home Stores have gone into administration. Please hold any open orders for them.\n\nWe may end up with quite a bit of their stock sitting with you for longer than planned.\n\nThanks,\nPhil").unhappy).toBe(false);
    expect(analyzeTone("Hi Lauren,\n\nPayment of your invoice 2208 is going to be a few days late. Our bank's corporate payments platform has been down since Tuesday and none of this week's supplier payments have gone out, yours included. It's all very frustrating for us too.\n\nSorry about this.\n\nRebecca").unhappy).toBe(false);
  });

  it('a fire alarm panel is not a fire', () => {
    expect(analyzeTone("Dear Ms Clarke,\n\nPlease treat this email as a formal complaint under section 14 of our agreement.\n\nOn 2 October we reported a fault on the fire alarm panel. First attendance was on 6 October and no return visit has been booked. We have been running a fire watch at our own expense.\n\nWe will also be applying service credits in line with Schedule 4.\n\nJonathan").unhappy).toBe(true);
    expect(analyzeTone("Dear Ms Clarke,\n\nWe had a fire in the kitchen last night and the building is closed. Please cancel this week's visits.\n\nJonathan").unhappy).toBe(false);
  });
});

describe('complaints found', () => {
  it('does not answer what they asked; instead of what was agreed; their own terms; the brief did say; never heard more', () => {
    expect(kinds("I'm afraid it doesn't really answer what we asked.")).toContain('broken-promise');
    expect(kinds('Your associate sent it to our general HR inbox instead of to me directly as we had agreed at the outset.')).toContain('broken-promise');
    expect(kinds("I'd have expected you to check, which is what your own terms say you'll do.")).toEqual(expect.arrayContaining(['broken-promise', 'polite-anger']));
    expect(kinds('The brief did say CTA-qualified, and I did underline that twice on the call.')).toContain('broken-promise');
    expect(kinds('Last time it was "probably a booking-in error" and we never heard anything more.')).toContain('broken-promise');
    expect(kinds('The feedback I sent you last week was never passed on.')).toContain('broken-promise');
    expect(kinds("This is the second month running we've had charges we can't match to a visit.")).toContain('broken-promise');
    expect(kinds('Could we have it on Friday instead of Thursday, as agreed with Sam?')).not.toContain('broken-promise');
  });

  it('leaving: other agencies, no more exclusivity, all vacancies suspended, a review of their performance', () => {
    expect(kinds("We'll be releasing the role to two other agencies on Monday and won't be offering exclusivity on any future roles.")).toContain('churn-threat');
    expect(kinds('We are suspending all live vacancies with you pending an internal review of supplier performance.')).toContain('churn-threat');
    expect(kinds('We are suspending all live vacancies over the Christmas shutdown.')).toContain('churn-threat');
    expect(kinds("We're releasing the role to you exclusively from Monday.")).not.toContain('churn-threat');
  });

  it('the fee refused, the invoice to cancel, the matter passed to solicitors', () => {
    expect(kinds("We can't accept an introduction fee for a candidate who was already in our process.")).toContain('legal-threat');
    expect(kinds('Please cancel invoice INV-0932.')).toContain('legal-threat');
    expect(kinds('Unless we receive a settlement proposal by 14 June, we will pass this matter to our solicitors.')).toContain('legal-threat');
    expect(kinds('We can accept the fee as quoted.')).not.toContain('legal-threat');
  });

  it('did not turn up; nobody could tell them; unaccounted for; waited months; week two without; the third day now', () => {
    expect(kinds("Your candidate for the 10am interview didn't turn up.")).toContain('service-failure');
    expect(kinds('When I rang your office nobody could tell me anything.')).toContain('service-failure');
    expect(kinds('31 pallets have remained unaccounted for since the count.')).toContain('service-failure');
    expect(kinds('We have now waited over three months for a settlement proposal.')).toContain('elapsed');
    expect(kinds("We're now into week two with no hot water.")).toContain('elapsed');
    expect(kinds('Still no heating in Block B. Third day now.')).toContain('elapsed');
    expect(kinds('Your candidate for the 10am interview arrived early.')).not.toContain('service-failure');
  });

  it('polite anger, impact and dry remarks', () => {
    expect(kinds("We're being charged for this, so I'd like the question answered.")).toContain('polite-anger');
    expect(kinds("I'd appreciate confirmation that you understand the issue.")).toContain('polite-anger');
    expect(kinds('I really need someone to get to the bottom of it this time.')).toContain('polite-anger');
    expect(kinds('Eight pages on the general law, most of which I could have found online.')).toContain('polite-anger');
    expect(kinds("We're carrying that loss at the moment.")).toContain('impact');
    expect(kinds("I'm sure he would bring a fresh perspective to our tax function.")).toContain('sarcasm');
    expect(kinds("Nice to hear your engineer managed to find us – I was beginning to think we'd moved.")).toContain('sarcasm');
    expect(kinds('Could we aim for a visit where the engineer and the part turn up on the same day?')).toContain('sarcasm');
    expect(kinds('Our new finance lead will bring fresh energy to the project.')).not.toContain('sarcasm');
  });

  it('"slightly awkward one" is a turn in a friendly email', () => {
    expect(analyzeTone("Hi Lucy,\n\nHappy new year to you and the team! Thank you again for the hamper.\n\n1. Could you send over the PPM calendar when it's ready?\n2. Slightly awkward one – December's invoice includes three call-outs on days the office was closed. This is the second month running we've had charges we can't match to a visit. Can you look into it and issue a credit?\n\nOtherwise all good this end!\n\nClaire").unhappy).toBe(true);
    expect(analyzeTone("Hi Lucy,\n\nHappy new year to you and the team! Thank you again for the hamper.\n\nSlightly awkward one – could we move Tuesday's visit? Our MD has booked the room.\n\nOtherwise all good this end!\n\nClaire").unhappy).toBe(false);
  });
});
