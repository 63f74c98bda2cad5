import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 47 (issue #4): what b2b-blind149, 150, 151 and 152 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('reported to the landlord three times', () => {
    expect(analyzeTone("Hi Karen,\n\nThe unit next to ours clearly has a serious rat problem. We've reported it to the landlord three times and to the council, and so far nothing has happened.\n\nYour guys have been great, but is there anything more we can do on our side?\n\nCheers,\nAhmed").unhappy).toBe(false);
    expect(kinds("We've reported it to you three times and nothing has happened.")).toContain('repeat-failure');
  });

  it('a mess-up on their side; "NEST holding things up, not you"; no blame on your side', () => {
    expect(analyzeTone("Hi Natalie,\n\nTotal mess-up on our side, I'm afraid. The timesheet I sent had Tom's hours as 16 when they should have been 61. He's, understandably, not impressed with us!\n\nCould we do a supplementary payment?\n\nCheers,\nAndy").unhappy).toBe(false);
    expect(analyzeTone("Hi Sophie,\n\nDarren is getting quite upset about his pension refund. He's still waiting for the £63 and is talking about going to the ombudsman.\n\nI know it's NEST holding things up, not you, but do you have a contact there?\n\nThanks,\nKelly").unhappy).toBe(false);
    expect(analyzeTone("Hi Gemma,\n\nOur end client signed off the mustard themselves, but now they hate it and their MD is not happy at all.\n\nCould you price re-upholstering the booths in grey? No blame on your side – the install was spot on.\n\nCheers,\nLewis").unhappy).toBe(false);
  });

  it('their IT cabling contractor let them down; the container held for a customs check', () => {
    expect(analyzeTone("Hi Andy,\n\nOur IT cabling contractor has let us down badly – they were supposed to finish the floor boxes this week and are now saying Tuesday.\n\nCan your team still install around them?\n\nThanks,\nYusuf").unhappy).toBe(false);
    expect(analyzeTone("Hi Fiona,\n\nI'm afraid our inserts are stuck at Felixstowe – the container has been held for a customs check and our forwarder can't give us a release date yet. Really frustrating.\n\nThat means we won't get them to you on the 8th. How flexible is your packing schedule?\n\nThanks,\nRavi").unhappy).toBe(false);
  });
});

describe('complaints found', () => {
  it('held responsible, legal department instructed, records preserved; the file passed to solicitors, forward this to your insurers', () => {
    expect(kinds('We hold your company responsible for these losses.')).toContain('legal-threat');
    expect(kinds('Our legal department has been instructed and will write to you separately.')).toContain('legal-threat');
    expect(kinds('Please preserve all service records from 1 August onwards.')).toContain('legal-threat');
    expect(kinds("I've passed the file to our solicitors.")).toContain('legal-threat');
    expect(kinds("I'd suggest you forward this to your insurers.")).toContain('legal-threat');
    expect(kinds('We hold your spare keys in the site office.')).not.toContain('legal-threat');
    expect(kinds('Please keep all service records for the audit next month.')).not.toContain('legal-threat');
  });

  it('invoices on account N placed on hold until the issues are resolved', () => {
    expect(kinds('We are placing all outstanding invoices on account 10452 on hold (INV 88301, 88412 and 88560) until the issues raised with your service manager are resolved.')).toContain('legal-threat');
    expect(kinds('We are placing invoice 88301 on hold until our new PO number comes through.')).not.toContain('legal-threat');
  });

  it('not by the contracted date; the confirmation clearly says; not told about any of it; the same thing raised; no reply to either email', () => {
    expect(kinds('The gift boxes did not arrive by 1 November as contracted.')).toContain('broken-promise');
    expect(kinds('The order confirmation clearly says charcoal (attached).')).toContain('broken-promise');
    expect(kinds("Every stage has slipped and we weren't told about any of it in advance.")).toEqual(expect.arrayContaining(['broken-promise', 'polite-anger']));
    expect(kinds("It's the same thing we raised on run 2.")).toContain('broken-promise');
    expect(kinds('To date we have had no reply to either email.')).toContain('broken-promise');
    expect(kinds('The order confirmation says charcoal, which is right.')).not.toContain('broken-promise');
  });

  it('a dated log of due and received dates', () => {
    expect(kinds('For our records, here is where the job stands against the schedule you sent:\n- Proofs: due 10 Feb, received 14 Feb\n- Revised proofs: due 17 Feb, received 21 Feb')).toContain('broken-promise');
    expect(kinds('For our records, here is the schedule you sent, which works for us:\n- Proofs: due 10 Feb\n- Print: due 26 Feb')).not.toContain('broken-promise');
  });

  it('not checked at all, nobody came, the last two visits; the main reason they have them; apologising to their own person', () => {
    expect(kinds("The last two visits, the tech hasn't checked the cellar at all.")).toEqual(expect.arrayContaining(['service-failure', 'repeat-failure']));
    expect(kinds('Our cellar manager was in both times and nobody came down.')).toContain('service-failure');
    expect(kinds("That's where we had the rat problem, so it's kind of the main reason we have you.")).toContain('polite-anger');
    expect(kinds('I ended up apologising to him for something we did correctly at our end.')).toContain('polite-anger');
    expect(kinds('His August payslip shows no SSP at all.')).toContain('service-failure');
    expect(kinds('The last two visits went really well, thank you.')).not.toContain('repeat-failure');
  });

  it('dry remarks: interesting to read, very quick, somewhere more interesting, strange then, lovely after the show', () => {
    expect(kinds('It was interesting to read that all 22 stations were inspected.')).toContain('sarcasm');
    expect(kinds('He must be very quick.')).toContain('sarcasm');
    expect(kinds('Perhaps the file went somewhere more interesting.')).toContain('sarcasm');
    expect(kinds("Strange, then, that they've written to say nothing was received.")).toContain('sarcasm');
    expect(kinds("The show was last Thursday, so they'll look lovely in our office.")).toContain('sarcasm');
    expect(kinds('It was interesting to hear about the new bait stations.')).not.toContain('sarcasm');
    expect(kinds('The show was great and the stand looked lovely.')).not.toContain('sarcasm');
  });

  it('a kind word in a sarcastic sentence does not count as praise', () => {
    expect(analyzeTone("Hi Tom,\n\nJust to let you know the pull-up banners and the 2,000 brochures for the Birmingham show have arrived. Very nicely packed.\n\nThe show was last Thursday, so they'll look lovely in our office.\n\nI'll wait to hear how you'd like to handle the invoice.\n\nRob").unhappy).toBe(true);
  });
});
