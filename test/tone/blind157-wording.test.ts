import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { cueKinds as kinds } from './cue-kinds';

// Round 48 (issue #4): what b2b-blind157, 158, 159 and 160 showed. Sentences written for this test, each beside a look-alike.

describe('not complaints: the trouble is on the client side or a third party', () => {
  it('their own platform had a glitch and delegates are not impressed with them', () => {
    expect(analyzeTone("Hi Jo,\n\nOur registration platform has had a glitch and a batch of badges printed with the wrong organisation names. Some delegates are not impressed with us!\n\nCould your business centre print 40 replacement inserts tomorrow morning? Happy to pay for it.\n\nThanks,\nNina").unhappy).toBe(false);
    expect(kinds('Some delegates are not impressed with your registration desk.')).toContain('frustration');
  });

  it('their own numbers against a contracted minimum', () => {
    expect(kinds("We're at 41 against a contracted minimum of 60.")).not.toContain('broken-promise');
    expect(kinds('Attendance on the day was 41 against a contracted minimum of 60 staff from you.')).toContain('broken-promise');
  });

  it('a stolen laptop; closing the business; a budget cut', () => {
    expect(analyzeTone("Hi,\n\nOne of our area managers had her work laptop stolen from her car last night. We've reported it to the police, but I'm worried about our staff's personal data.\n\nCan you force-log out all her sessions?\n\nThanks – I'd appreciate a quick response on this one.\n\nDawn").unhappy).toBe(false);
    expect(analyzeTone("Dear Ben,\n\nAfter 22 years we've made the decision to close the bakery at the end of January – rising costs have just caught up with us. I'd like to give notice to cancel our subscription from 31 January.\n\nThank you for everything.\n\nMaureen").unhappy).toBe(false);
    expect(analyzeTone("Hello,\n\nOur budget for next year has been cut by around 20% and I've been asked to reduce the pool car fleet. I'm worried about what that will cost us.\n\nCould you send me the figures for the six vehicles on the attached list?\n\nRegards,\nDeborah").unhappy).toBe(false);
  });

  it('"nothing on your side", "the error is ours", "done exactly what we told it to"; a bank platform down', () => {
    expect(analyzeTone("Hi Tom,\n\nOur clock-in terminals have been down since Monday – it's a fault with the hardware supplied by our facilities contractor, nothing on your side.\n\nIs there a sensible way to get the paper hours into the system? I'm a bit worried about overtime being missed.\n\nRegards,\nAsha").unhappy).toBe(false);
    expect(analyzeTone("Hi support,\n\nTo be clear, the error is ours – I entered the wrong accrual rate. Your system has done exactly what we told it to. About 30 people's balances are wrong and some of them are, understandably, quite angry.\n\nCan we recalculate in bulk?\n\nThanks,\nJoanne").unhappy).toBe(false);
    expect(analyzeTone("Hi Priya,\n\nOur February payment will be a couple of days late. Our bank's business platform has been down since Tuesday and none of our BACS runs have gone out - absolute nightmare.\n\nSorry for the hassle.\n\nJulie").unhappy).toBe(false);
  });

  it('"who was meant to be in" after a storm is not a broken promise', () => {
    expect(kinds("I'm keen to get it right while I still know who was meant to be in.")).not.toContain('broken-promise');
    expect(kinds('The engineer was meant to be in on Tuesday.')).toContain('broken-promise');
  });
});

describe('complaints found', () => {
  it('on their own handover sheet; withdraw it; they specifically said; confirmed twice; raised it and were told', () => {
    expect(kinds('That dent is marked on your own handover sheet from 2021.')).toContain('broken-promise');
    expect(kinds('Your recharge is wrong.\n\nPlease withdraw it.')).toContain('problem');
    expect(kinds("When we booked you specifically said there'd be nothing loud next door.")).toContain('broken-promise');
    expect(kinds('This was confirmed twice – in the contract and on the phone.')).toContain('broken-promise');
    expect(kinds('We raised this in April and were told these would stop.')).toContain('broken-promise');
    expect(kinds('The dent is marked on the handover sheet, page 2.')).not.toContain('broken-promise');
  });

  it('past the date they were given; the contract notice; instead of the layout signed off', () => {
    expect(kinds("We're eleven weeks past the date we were given.")).toContain('broken-promise');
    expect(kinds("Our contract says 60 days' written notice for any change to pricing.")).toContain('broken-promise');
    expect(kinds('The room was set U-shape instead of classroom, as per the function sheet I signed off on Friday.')).toContain('broken-promise');
    expect(kinds('Could we have U-shape instead of classroom, as per the new function sheet?')).not.toContain('broken-promise');
  });

  it('cancel the order and source them elsewhere; no record; closed on them; the second ticket this month', () => {
    expect(kinds("Unless the vans are here by Friday, we'll cancel PO 55231 and source them elsewhere.")).toContain('churn-threat');
    expect(kinds('The car park attendant had no record of it.')).toContain('service-failure');
    expect(kinds("That's the second ticket this month closed on us while we were waiting on you.")).toEqual(expect.arrayContaining(['service-failure', 'repeat-failure']));
    expect(kinds('If we can source them elsewhere more cheaply for the trial, would you mind?')).not.toContain('churn-threat');
  });

  it('polite anger: a repeat on day 2, in front of clients, do not close it again, the notice they say they sent', () => {
    expect(kinds("I'd rather not have a repeat on day 2.")).toContain('polite-anger');
    expect(kinds("Together they didn't look great in front of our clients.")).toContain('polite-anger');
    expect(kinds("Please don't close it again until we've confirmed it's fixed.")).toContain('polite-anger');
    expect(kinds('Can you send me the notice you say you sent?')).toContain('polite-anger');
    expect(kinds("I won't be extending this again.")).toContain('polite-anger');
    expect(kinds("Until then I can't raise a PO for it.")).toContain('polite-anger');
    expect(kinds('Can you send me the notice you sent to the other tenants?')).not.toContain('polite-anger');
  });

  it('not great, really; isn\'t really acceptable; lost minutes; what "AM" stands for', () => {
    expect(kinds('Not great, really. Can you let me know what you can do?')).toContain('frustration');
    expect(kinds("We've been charged £315 for this, which isn't really acceptable.")).toContain('frustration');
    expect(kinds('We lost about 20 minutes resetting it.')).toContain('impact');
    expect(kinds('Good to know that "AM" now covers anything up to the end of the school day.')).toContain('sarcasm');
    expect(kinds('Maybe remind the transport office what AM stands for.')).toContain('sarcasm');
    expect(kinds('Good to know that the new portal is live.')).not.toContain('sarcasm');
  });
});
