import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 51 (issue #4): what b2b-blind181, 182, 183 and 184 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('their electrical contractor was meant to do it; the power network cut the supply', () => {
    expect(analyzeTone("Hi Simon,\n\nI'm really sorry, but we're going to have a problem with the install on the 22nd. Our electrical contractor was meant to run the new supply last week, and they've now told us they can't get to it until the 21st - and they've let us down twice already.\n\nCould we pencil in a backup date?\n\nApologies again,\nJess").unhappy).toBe(false);
    expect(analyzeTone("Hi Helen,\n\nBit of a crisis here. The power network cut our supply without warning yesterday and we lost both walk-ins for six hours.\n\nDo you have any mobile fridges we could hire from Friday?\n\nThanks,\nRachel").unhappy).toBe(false);
    expect(kinds('Your engineer was meant to fit the new seals last week.')).toContain('broken-promise');
  });

  it('their old bank has been a nightmare; nothing for you to worry about, not about anything you have done', () => {
    expect(analyzeTone("Hello,\n\nOur company has moved banks (our old bank has been an absolute nightmare since their merger and we've finally had enough). Please could you send a new Direct Debit mandate?\n\nThanks,\nPeter").unhappy).toBe(false);
    expect(analyzeTone("Hi Dan,\n\nForwarding below for context. Nothing for you to worry about, this one is between us and the franchisee - he's unhappy about the levy going up, not about anything you've done.\n\nCould you send his order history for the last 12 months?\n\nThanks,\nRachel").unhappy).toBe(false);
  });
});

describe('complaints found', () => {
  it('"You confirmed it."; the contract price; why they were not told; their own engineer; told twice; it has not been', () => {
    expect(kinds('I sent you the size list on the 2nd. You confirmed it.')).toContain('broken-promise');
    expect(kinds('Gloves are showing at £4.10 a pair; our contract price is £3.65.')).toContain('broken-promise');
    expect(kinds("I'd like to understand where this has come from and why we weren't told.")).toContain('broken-promise');
    expect(kinds('Your own engineer wrote this on the job sheet.')).toContain('broken-promise');
    expect(kinds("I've been told twice over the phone that it would be credited. It hasn't been, and we've had a reminder.")).toContain('broken-promise');
    expect(kinds('Our agreement (clause 6.2) requires 60 days\' written notice of price changes.')).toContain('broken-promise');
    expect(kinds('Could you tell me why the price changed? Just curious.')).not.toContain('broken-promise');
  });

  it('assured with a quote, it is now the 23rd; every week they say; not done; a booked date quoted', () => {
    expect(kinds('Your colleague assured me on the 2nd that it was "on its way". It\'s now the 23rd.')).toEqual(expect.arrayContaining(['broken-promise', 'elapsed']));
    expect(kinds('Every week you say "next week".')).toContain('broken-promise');
    expect(kinds('It looks like the checklist was filled in without the work being done.')).toContain('broken-promise');
    expect(kinds('Engineer was "booked for next week" on 16 May. It\'s now 6 June.')).toContain('broken-promise');
    expect(kinds('It is now 9 June, so the summer menu starts next week.')).not.toContain('elapsed');
  });

  it('repeats: the last three deliveries, every afternoon for a fortnight, the second mix-up this quarter, the second month', () => {
    expect(kinds("They haven't been collected on the last three deliveries.")).toContain('repeat-failure');
    expect(kinds('It has done this every afternoon for a fortnight now.')).toContain('repeat-failure');
    expect(kinds("It's the second size mix-up this quarter.")).toContain('repeat-failure');
    expect(kinds('This is also the second month the leavers have shown up.')).toContain('repeat-failure');
    expect(kinds('This is the second month of our contract, so a review would be good.')).not.toContain('repeat-failure');
  });

  it('escalation and leaving: the thread forwarded, their director contacted, orders stopped', () => {
    expect(kinds('I have forwarded all this thread to our Head of Procurement, and he will contact your director this week.')).toContain('escalation-request');
    expect(kinds('We will also stop new orders with you until this is solved.')).toContain('churn-threat');
    expect(kinds('I have forwarded the thread to our accounts team for payment.')).not.toContain('escalation-request');
  });

  it('service failures, impact, polite anger, dry remarks', () => {
    expect(kinds('Our chef was there the whole visit and says nobody touched it.')).toContain('service-failure');
    expect(kinds('The engineer was frankly rude to two of my staff.')).toContain('service-failure');
    expect(kinds("I've got a plan to hit and I'm paying them to sit there.")).toContain('impact');
    expect(kinds("We've now had 30+ complaints from the shop floor and HR are having to adjust allowances by hand.")).toContain('impact');
    expect(kinds('It looks terrible for visitors.')).toContain('impact');
    expect(kinds("I can't send this to our plant director as it is.")).toContain('polite-anger');
    expect(kinds("We're paying for a full service, so I'd like a revisit.")).toContain('polite-anger');
    expect(kinds("I'd rather be told that than hear it's on its way again.")).toContain('polite-anger');
    expect(kinds('Our staff and residents deserve better than that. Please send a different engineer next time.')).toContain('polite-anger');
    expect(kinds('Until then I will tell the network not to rely on the numbers, which rather defeats the point.')).toContain('polite-anger');
    expect(kinds("Given what your company supplies, I'm sure you can appreciate the irony.")).toContain('sarcasm');
    expect(kinds('The new machine is extremely reliable at one thing.')).toContain('sarcasm');
    expect(kinds("I suppose that's one way to help with our paper costs.")).toContain('sarcasm');
    expect(kinds('The new machine is very reliable and the team love it.')).not.toContain('sarcasm');
  });

  it('"slightly less fun one" is a turn in a friendly email', () => {
    expect(analyzeTone("Hi Priya,\n\nHope you had a good break! Thanks again for the hamper.\n\n1. Could you price up 5k referral cards?\n2. Slightly less fun one: on the January restock, six stores received each other's boxes. The franchisees sorted it out between themselves, but it took most of a week and a lot of cross phone calls to our support line. I'd appreciate it if you could look into how it happened, as it isn't the first time we've had picking problems on multi-site dispatches.\n\nOtherwise all good!\n\nLucy", { subject: 'Catch-up + a couple of bits' }).unhappy).toBe(true);
    expect(analyzeTone("Hi Priya,\n\nHope you had a good break! Thanks again for the hamper.\n\nSlightly less fun one: our budget for next year is still being finalised, so the spring order may be smaller.\n\nOtherwise all good!\n\nLucy").unhappy).toBe(false);
  });
});
