import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 57 (issue #4): what b2b-blind229, 230, 231 and 232 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('their lender added a condition without warning; not questioning the figure; the pet owner is upset; their bank is migrating them', () => {
    expect(analyzeTone("Hi Chris,\n\nOur bank has just added a condition to the facility letter requiring a new survey before drawdown. We had no warning of this from them and I'm worried it will push us past the long-stop date.\n\nIs there any flexibility on the date?\n\nDaniel").unhappy).toBe(false);
    expect(analyzeTone("Hi Andrew,\n\nQuick question so I can explain it to our board: the completion statement shows SDLT of £62,000. Our accountant expected it to be calculated differently. Have I got the wrong end of the stick? Not questioning the figure — I just want to understand it.\n\nRaj").unhappy).toBe(false);
    expect(analyzeTone("Hi Kate,\n\nWe've had a Labrador with a nasty injection site reaction after a booster yesterday, and the owner is understandably very upset. We've no reason to think it's anything to do with storage or delivery, but we'd like to report it properly.\n\nCould you confirm the batch number?\n\nHugh").unhappy).toBe(false);
    expect(analyzeTone("Hello,\n\nOur payment for INV-4471 bounced back last week. Our bank has been migrating us to a new platform and a whole batch of supplier payments failed - we're having a very frustrating time with them, to put it mildly.\n\nIt's been resubmitted today.\n\nDiane").unhappy).toBe(false);
    expect(analyzeTone("Hi Chris,\n\nYou changed the completion date again this morning. We had no warning of this from you and I'm worried it will push us past the long-stop date.\n\nDaniel").unhappy).toBe(true);
  });
});

describe('complaints found', () => {
  it('a friendly email that turns: "Quick one on" a paragraph holding the complaint', () => {
    expect(analyzeTone("Hi Nadia,\n\nHope you had a good break – the photos from Crete looked amazing! Thanks also for the hamper.\n\nQuick one on the completion statement: it's come through with the old purchase price again. That's the second version with the same mistake. Can you make sure whoever is preparing it has the price reduction letter?\n\nOtherwise all good.\n\nChris").unhappy).toBe(true);
    expect(analyzeTone("Hi Nadia,\n\nHope you had a good break – the photos from Crete looked amazing! Thanks also for the hamper.\n\nQuick one on the completion statement: could you add our PO number to it? Finance have asked for it.\n\nOtherwise all good.\n\nChris").unhappy).toBe(false);
  });

  it('late starts, sessions that did not happen, their words quoted, credits that never came', () => {
    expect(kinds('The first therapist arrived at 10:10 for a 9:00 start.')).toContain('broken-promise');
    expect(kinds('The class did not take place as booked on the following dates.')).toContain('broken-promise');
    expect(kinds('I was told credits would follow. They haven\'t.')).toContain('broken-promise');
    expect(kinds('The instructions on our account say to come to front reception.')).toContain('broken-promise');
    expect(kinds('Our apprentices were at the Leeds office, where the visit was booked, confirmed twice.')).toContain('broken-promise');
    expect(kinds('When we renewed you told me, and I quote from your email, "Laura will stay".')).toContain('broken-promise');
    expect(kinds('No instructor again today.')).toContain('service-failure');
    expect(kinds('Tuesday 6 February - no instructor, no notice.')).toContain('service-failure');
    expect(kinds('When I call your office they say you are in a meeting.')).toContain('service-failure');
    expect(kinds('Three sessions were cancelled by the tutor on the same day.')).toContain('service-failure');
    expect(kinds('They have been brilliant, thank you.')).not.toContain('broken-promise');
  });

  it('repeats, money held, leaving', () => {
    expect(kinds('That is four out of the last six sessions.')).toContain('repeat-failure');
    expect(kinds("We've had five different instructors in nine weeks.")).toContain('repeat-failure');
    expect(kinds('There are a few problems again in the Q3 report.')).toContain('repeat-failure');
    expect(kinds('I raised almost identical points on the Q2 report.')).toContain('repeat-failure');
    expect(kinds("We've asked for both on several occasions since October.")).toContain('repeat-failure');
    expect(kinds('That has now been the position for five weeks.')).toContain('elapsed');
    expect(kinds("I've asked our finance team to put invoices 1187 and 1203 on hold.")).toContain('legal-threat');
    expect(kinds("We won't be releasing any further payment until then.")).toContain('legal-threat');
    expect(kinds('We are treating this as a personal data breach.')).toContain('legal-threat');
    expect(kinds('We have decided to instruct Carver Lyle LLP to take over the purchase.')).toContain('churn-threat');
    expect(kinds("If not, we won't be using Brightpath again.")).toContain('churn-threat');
    expect(kinds('We will be using Brightpath again next year.')).not.toContain('churn-threat');
  });

  it('impact, polite anger, dry remarks', () => {
    expect(kinds('No instructor again today. 14 people waiting in room 3.')).toContain('impact');
    expect(kinds('The three of them sat in the meeting room for an hour and a half waiting.')).toContain('impact');
    expect(kinds("I'm the one who ends up correcting it in the meeting.")).toContain('impact');
    expect(kinds('We understand people are ill, but three times is too much.')).toContain('frustration');
    expect(kinds("I'd rather not have to explain to the same people twice.")).toContain('polite-anger');
    expect(kinds("I'm not in a position to approve these as they stand.")).toContain('polite-anger');
    expect(kinds('They asked me whether anyone is actually chasing it.')).toContain('polite-anger');
    expect(kinds("Could you let me know what's been done since 2 June?")).toContain('polite-anger');
    expect(kinds("I'd really rather this didn't go any further.")).toContain('polite-anger');
    expect(kinds('Instead they got to enjoy a nice quiet sit. Very relaxing, I\'m told.')).toContain('sarcasm');
    expect(kinds("I'm sure the Wakefield lads enjoyed the company though.")).toContain('sarcasm');
    expect(kinds('Could you tell me honestly whether it is safe to proceed?')).not.toContain('polite-anger');
  });
});
