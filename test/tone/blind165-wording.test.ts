import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 49 (issue #4): what b2b-blind165, 166, 167 and 168 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('"this is just me being nervous" before the promised date', () => {
    expect(analyzeTone("Hi Daniel,\n\nSorry to bother you. I know you said you'd send the interpreter's details by Friday, so this is just me being nervous! Our MD has asked me twice already whether everything's in place.\n\nIs there anything you need from us?\n\nThanks,\nHelen").unhappy).toBe(false);
    expect(kinds("You said you'd send the details by Friday. It's Monday.")).toContain('broken-promise');
  });

  it('"you\'ve been very patient with us" is their patience, not the sender\'s', () => {
    expect(kinds("I'm really sorry, I know you've been very patient with us.")).not.toContain('frustration');
    expect(kinds("We've been very patient with you.")).toContain('frustration');
  });

  it("the insurer's adjuster still hasn't signed off; escalating within the insurer", () => {
    expect(analyzeTone("Hi Rohan,\n\nThanks for pushing the insurer so hard.\n\nI'm getting quite worried though. It's now eight weeks since the fire and the insurer's adjuster still hasn't signed off the interim payment. Our cash position is getting tight.\n\nIs it worth escalating within the insurer? Happy to follow your lead.\n\nBest,\nLaura").unhappy).toBe(false);
    expect(kinds('Or is it worth escalating within the insurer?')).not.toContain('escalation-request');
  });

  it('an office that will close is reason enough for notice', () => {
    expect(analyzeTone("Dear Mr Ahmed,\n\nWe're consolidating our northern operations and the Leeds office at Wellington Place will close at the end of September.\n\nPlease accept this email as our 30 days' written notice to end the cleaning contract for the Leeds site.\n\nYour team have been excellent.\n\nKind regards,\nHarriet").unhappy).toBe(false);
    expect(kinds("We've decided to end the cleaning contract for the Leeds site.")).toContain('churn-threat');
  });
});

describe('complaints found', () => {
  it('due at noon, now later; figures against their own log; the booking form was clear; a checklist to avoid this; never added', () => {
    expect(kinds("The Polish file was due at 12. It's 15:40. Where is it?")).toContain('broken-promise');
    expect(kinds("To be candid, the numbers don't match our experience: our own log shows 14 of 41 jobs late.")).toContain('broken-promise');
    expect(kinds('The booking form for Thursday was clear: black shirts, no trainers.')).toContain('broken-promise');
    expect(kinds('I sent a checklist after last time specifically to avoid this.')).toContain('broken-promise');
    expect(kinds("It's in your own meeting summary. It was never added.")).toContain('broken-promise');
    expect(kinds('The file was due at 12. Thanks for sending it early!')).not.toContain('broken-promise');
  });

  it('the booking clearly says; three people promised; the incidents actually logged; their own words quoted', () => {
    expect(kinds('The booking (BK-4419) clearly says Cantonese.')).toContain('broken-promise');
    expect(kinds("I've had three different people from your office promise me a quote since November.")).toContain('broken-promise');
    expect(kinds('Perhaps the report could include the incidents we actually logged with your helpdesk.')).toContain('broken-promise');
    expect(kinds('On 3 March Dan wrote to me: "Don\'t worry, it\'s on auto-renew."')).toContain('broken-promise');
    expect(kinds('Our MD wrote a lovely note about the event.')).not.toContain('broken-promise');
  });

  it('leaving: the renewal on hold, the secondary vendor, another agency, notice by this email, moving the bookings, ending the arrangement', () => {
    expect(kinds('Until then the renewal is on hold, and new projects will go to our secondary vendor.')).toContain('churn-threat');
    expect(kinds("I've spoken with another agency and they have a broker of record letter ready to sign.")).toContain('churn-threat');
    expect(kinds("We've decided to end our arrangement. Please take this email as 30 days' notice.")).toContain('churn-threat');
    expect(kinds("Let me know by Wednesday if not and I'll move them elsewhere.")).toContain('churn-threat');
    expect(kinds('The renewal date is on the attached schedule.')).not.toContain('churn-threat');
  });

  it('material breach; not paying the invoice; the lawyer to look over the contract; the MD to call; their E&O insurer', () => {
    expect(kinds('We are terminating our Managed Services Agreement for material breach.')).toEqual(expect.arrayContaining(['churn-threat', 'legal-threat']));
    expect(kinds("We won't be paying INV-8812 in its current form. I've asked our lawyer to look over the contract.")).toContain('legal-threat');
    expect(kinds('Please have your MD call me.')).toContain('escalation-request');
    expect(kinds('We expect your firm to notify its E&O insurer.')).toContain('legal-threat');
    expect(kinds("I've asked our lawyer to draft the new lease.")).not.toContain('legal-threat');
  });

  it('staff who did not attend or work, guests waiting, left alone, no-shows counted, charged twice, writing again', () => {
    expect(kinds('Neither of them attended.')).toContain('service-failure');
    expect(kinds("Half the charges are for shifts your staff didn't work.")).toContain('service-failure');
    expect(kinds('Our guests were waiting 25 minutes for a drink.')).toContain('service-failure');
    expect(kinds('We were left to deal with the loss adjuster on our own.')).toContain('service-failure');
    expect(kinds("Two of your hosts haven't turned up again.")).toContain('service-failure');
    expect(kinds("We've had no-shows at five of the last eight weddings.")).toContain('repeat-failure');
    expect(kinds('In April you have taken the monthly fee two times.')).toContain('repeat-failure');
    expect(kinds('I write again for the problem of the direct debit.')).toContain('repeat-failure');
    expect(kinds('I sent email on 8 April and after this nobody answer me.')).toContain('broken-promise');
    expect(kinds('Neither of them needs parking.')).not.toContain('service-failure');
  });

  it('polite anger, frustration, impact, dry remarks', () => {
    expect(kinds("I'd rather it didn't go to the same person next time.")).toContain('polite-anger');
    expect(kinds("I don't want to have to QA every delivery line by line.")).toContain('polite-anger');
    expect(kinds('Could someone please actually apply the glossary?')).toContain('polite-anger');
    expect(kinds('Call me when you get this.')).toContain('polite-anger');
    expect(kinds("I can't keep apologising to couples on their wedding day.")).toContain('frustration');
    expect(kinds('Not how I wanted this to go.')).toContain('frustration');
    expect(kinds("The patient's appointment had to be rescheduled.")).toContain('impact');
    expect(kinds('We had to send the whole design team home.')).toContain('impact');
    expect(kinds('We caught it before print, but it cost them a day of back and forth.')).toContain('impact');
    expect(kinds('Three different variants in one manual is quite an achievement.')).toContain('sarcasm');
    expect(kinds('Lovely to see the server described as "stable".')).toContain('sarcasm');
    expect(kinds('Good to hear the certificate is still "in the queue".')).toContain('sarcasm');
    expect(kinds('Our new starter had a better day than expected.')).not.toContain('sarcasm');
  });

  it('a friendly email that turns: "while I have you", "I don\'t want to make a big thing of it, but"', () => {
    expect(analyzeTone("Hi Anna,\n\nThanks again for sorting the Japanese interpreter at such short notice. Mr Sato was great.\n\nWhile I have you: the Italian brochure that came back last week had quite a few problems. Our Milan office said several sentences read like raw machine translation, and two prices were copied wrong (€1.290 became €1.920 on page 4). We caught it before print, luckily, but it cost them a day of back and forth. Can you have it checked by a different linguist and send a corrected version? I'd rather it didn't go to the same person next time.\n\nAlso, happy holidays!\n\nClaire", { subject: 'Thanks for Thursday + one thing' }).unhappy).toBe(true);
    expect(analyzeTone("Hi Anna,\n\nThanks again for sorting the Japanese interpreter at such short notice. Mr Sato was great.\n\nWhile I have you: could you quote for the Italian brochure too?\n\nAlso, happy holidays!\n\nClaire").unhappy).toBe(false);
  });
});
