import { describe, expect, it } from 'vitest';
import { measure } from '../../lib/tone/measure';
import { cueKinds as kinds } from './cue-kinds';

// Round 10 (issue #4): ordinary mail that reads like a complaint until you ask whose trouble it is.
// Sentences written for this test, each beside the complaint the same words make.
const subjectKinds = (subject: string) => measure('Please see the note below about this week.', subject).subjectCues.map((c) => c.kind);

describe('the sender owns the trouble', () => {
  it('an apology for their own late payment, whatever is late', () => {
    expect(kinds('I am writing to apologise that invoice 2208 is now nine days overdue. The transfer goes out today.')).not.toContain('broken-promise');
    expect(kinds('Your delivery for order 2208 is now nine days overdue. Please tell us when it will arrive.')).toContain('broken-promise');
  });

  it('"sorry to say" is no apology for their own lateness', () => {
    expect(kinds('Sorry to say the engineer was late again this morning.')).toContain('repeat-failure');
  });

  it("a forwarded subject left as it was is the forwarded author's, not the sender's", () => {
    const forward = (subject: string) =>
      measure(
        'Could you look at the pump when you are next on site? It is just old.\n\n---------- Forwarded message ---------\nFrom: Mark Hendry\nSubject: Our holiday – very disappointed\n\nThe shower would not drain all week.',
        subject,
      ).subjectCues.map((c) => c.kind);
    expect(forward('FW: Our holiday - very disappointed')).toEqual([]);
    expect(forward('RE: Fwd: Our holiday – very disappointed')).toEqual([]);
    // The forwarder's own words: a subject they changed, or one sent as a reply rather than a forward.
    expect(forward('FW: Our holiday – very disappointed – second time this month')).toContain('repeat-failure');
    expect(forward('RE: Our holiday – very disappointed')).toContain('frustration');
    // A German client's forward: "WG:" above "Betreff:", the quote extractor's labels.
    const german = measure(
      'Bitte sehen Sie unten. Could you look at the pump when you are next on site?\n\n---------- Forwarded message ---------\nVon: Mark Hendry\nBetreff: Our holiday – very disappointed\n\nThe shower would not drain.',
      'WG: Our holiday – very disappointed',
    ).subjectCues;
    expect(german).toEqual([]);
  });

  it('an apology after the lateness, in the subject too', () => {
    expect(subjectKinds('Payment delayed, our apologies')).toEqual([]);
    expect(subjectKinds('Delivery delayed again')).not.toEqual([]);
  });

  it('"I know these should have been with you" owns the delay', () => {
    expect(kinds('I know these should have been with you weeks ago, and I have left you very little time.')).not.toContain('broken-promise');
    expect(kinds('The papers should have been with us weeks ago, and you have left us very little time.')).toContain('broken-promise');
  });

  it('"That delay is ours" owns the sentence before it too', () => {
    const owned = 'We meant to send the final copy by the 3rd and we still don\'t have it from our MD. That delay is ours, not yours.';
    expect(kinds(owned)).not.toContain('broken-promise');
    expect(kinds('We were meant to get the final copy by the 3rd and we still don\'t have it. Please chase your writer.')).toContain('broken-promise');
  });

  it('"my own choice" owns a failure reported just before', () => {
    expect(kinds('The samples never arrived. The courier I booked, my own choice, took them to the wrong unit.')).not.toContain('broken-promise');
    expect(kinds('The samples never arrived. Your courier took them to the wrong unit.')).toContain('broken-promise');
  });

  it("the boss's anger at the sender's own team is not aimed at us", () => {
    expect(kinds('Our MD is furious with my team after the audit.')).not.toContain('frustration');
    expect(kinds('Our MD is furious about the missed deadline on your side.')).toContain('frustration');
  });
});

describe('news and other people\'s words', () => {
  it('their own people\'s feeling right after their own bad news', () => {
    expect(kinds('Our revenue is down 20% this quarter. The board is unhappy and the mood in the office is grim.')).not.toContain('frustration');
    expect(kinds('The board is unhappy with the figures in your report.')).toContain('frustration');
  });

  it('a bare reaction to their bank\'s doing', () => {
    expect(kinds('Today our bank told us the payment was returned for extra checks. Very annoying for us, they did not warn us before.')).not.toContain('frustration');
  });

  it('someone else who admitted the mistake', () => {
    expect(kinds('The bureau has admitted the mistake but is slow to correct it, and the staff are upset.')).not.toContain('frustration');
  });

  it('an auditor\'s finding about their own team', () => {
    expect(kinds('The audit committee found we had signed off two controls without testing them.')).toEqual([]);
  });

  it('whole lines in quotation marks are someone else\'s words passed on', () => {
    const passedOn = 'A few replies from our members this week:\n\n"Absolutely disgraceful, no warning whatsoever."\n"Shameful way to treat loyal members."\n\nCould you help us draft a response?';
    expect(kinds(passedOn).filter((k) => k === 'frustration' || k === 'broken-promise')).toEqual([]);
    // A quotation inside the sender's own sentence is still theirs.
    expect(kinds('You said it was "fixed" and it is still broken.')).toContain('broken-promise');
  });
});

describe('words that only look like complaints', () => {
  it('"every time" in steps to reproduce, or in praise', () => {
    expect(kinds('She gets an error every time she tries to log in.')).not.toContain('repeat-failure');
    expect(kinds('Invoicing matched the PO every time.')).not.toContain('repeat-failure');
    expect(kinds('The export fails every time, whatever we do.')).toContain('repeat-failure');
  });

  it('a rate is not a count of attempts', () => {
    expect(kinds('About 1 in 5 attempts time out at the gateway.')).not.toContain('repeat-failure');
    expect(kinds('I have made 5 attempts to reach your support line.')).toContain('repeat-failure');
  });

  it('"nothing has changed on our side" conceded is no blame', () => {
    expect(kinds('Nothing has changed on our side, but it could still be something in our network.')).not.toContain('blame');
    expect(kinds('Nothing has changed on our side, so it must be your update.')).toContain('blame');
  });

  it('a question about contract terms is no threat to leave', () => {
    expect(kinds('Does the notice period also apply where we end the agreement because of a change of control?')).not.toContain('churn-threat');
    expect(kinds('We will end the agreement at the end of this month.')).toContain('churn-threat');
  });

  it('bank and trade acronyms are not shouting', () => {
    expect(kinds('The bank flagged the IBAN and the SWIFT code for checks.')).not.toContain('shouting');
    expect(kinds('This is NEVER acceptable.')).toContain('shouting');
  });
});

describe('threats and counts put in business terms', () => {
  it('insurers or lawyers told, and "we will deduct the cost"', () => {
    expect(kinds('Our insurers have been informed of the breach of our data.')).toContain('legal-threat');
    expect(kinds('If we do not hear from you, we will instruct our own contractor and deduct the cost from the next rent payment.')).toContain('legal-threat');
    expect(kinds('Our insurers have asked for a copy of the fire certificate you issued.')).not.toContain('legal-threat');
  });

  it('working with another agency already; options under the contract', () => {
    expect(kinds("For transparency, we've started working with another agency in parallel.")).toContain('churn-threat');
    expect(kinds("If we can't agree a plan we'll be looking at our options under clause 14.")).toContain('churn-threat');
    expect(kinds("We're looking at our options for the venue next year.")).not.toContain('churn-threat');
  });

  it('earlier unanswered messages and failures counted over weeks', () => {
    expect(kinds('Further to my emails of 3 and 17 October, the replacement boiler has not been fitted.')).toContain('repeat-failure');
    expect(kinds("We've logged four P1 tickets in six weeks.")).toContain('repeat-failure');
    expect(kinds('See below. Second one this week.')).toContain('repeat-failure');
    expect(kinds('Further to our call, here are the minutes.')).not.toContain('repeat-failure');
  });

  it('a fault still there, a ticket closed without a fix, someone above support', () => {
    expect(kinds('The heating in Unit 4 remains out of service.')).toContain('broken-promise');
    expect(kinds('Each one was closed as resolved without a root cause.')).toContain('broken-promise');
    expect(kinds('We need a call with someone from your engineering leadership, not support.')).toContain('escalation-request');
    expect(measure('Please see below.', 'Formal complaint - leaver account still active').subjectCues.map((c) => c.kind)).toContain('escalation-request');
  });
});

describe('understatement', () => {
  it('cannot see the value, would not recommend, hoped for more', () => {
    expect(kinds("Looking at last quarter, I'm struggling to see what we're getting for the spend.")).toContain('disappointment');
    expect(kinds("Overall I'd find it hard to recommend we come back next year.")).toContain('disappointment');
    expect(kinds('We were hoping for a lot more shots of the team.')).toContain('disappointment');
    expect(kinds("I'm struggling to see the whiteboard from the back row, could you zoom in?")).not.toContain('disappointment');
  });

  it('"for next time we\'d appreciate", "some confusion with the brief", "attached again just in case"', () => {
    expect(kinds("Just for next year, we'd really appreciate having the draft more than two days before the deadline.")).toContain('polite-anger');
    expect(kinds('I think there may have been some confusion with the brief.')).toContain('polite-anger');
    expect(kinds("I've attached the brief again just in case it didn't come through.")).toContain('polite-anger');
    expect(kinds("For next year's party, we'd like the same venue.")).not.toContain('polite-anger');
  });

  it('"I\'m afraid the draft does not", and how long it took', () => {
    expect(kinds("I'm afraid the draft does not yet address the questions in section 2.")).toContain('disappointment');
    expect(kinds("I'm afraid I can't make Thursday.")).not.toContain('disappointment');
    expect(kinds('14 hours to review a six-page NDA?')).toContain('exasperated-question');
    expect(kinds('Would 2 days to review the draft work for you?')).not.toContain('exasperated-question');
  });
});

describe('complaint shape: late, what they had to do, what they want', () => {
  it('a late, wrong delivery they worked around and want credited', () => {
    const s = measure('The sandwiches arrived 40 minutes after the start time. We ended up sending someone out to the shop. I\'d like a credit for the order please.').structure;
    expect(s).toMatchObject({ shortfall: true, cost: true, remedy: true });
  });
});

describe('round 11: what was agreed, who was warned, whose words', () => {
  it('not warned as agreed, and numbers set against what was agreed', () => {
    expect(kinds("I haven't had any heads-up during the month that it was running over.")).toContain('broken-promise');
    expect(kinds('An increase of 50% without notice is hard for us to absorb.')).toContain('broken-promise');
    expect(kinds('The venue may close the bar without notice.')).not.toContain('broken-promise');
    expect(kinds("The last three jobs took eight, nine and ten days, against the five we've always worked to.")).toContain('broken-promise');
    expect(kinds('We were quoted 30 hours for the changes and the invoice shows 52.')).toContain('broken-promise');
  });

  it('"nobody from your side had mentioned it", "not being done properly", weighing other suppliers', () => {
    expect(kinds('Nobody from your side had mentioned it.')).toContain('broken-promise');
    expect(kinds("The kitchen isn't being done properly in the evenings.")).toContain('problem');
    expect(kinds("I've been asked to benchmark a couple of other print suppliers.")).toContain('churn-threat');
    expect(kinds("I'd like to understand what options we have if the new price is final.")).toContain('churn-threat');
  });

  it('an amicable cancellation for lack of funding, said in the next sentence', () => {
    const r = measure("I'm sorry to say we won't be renewing our plan in April. Our funding round has been pushed back and we're cutting every recurring cost we can.");
    expect(r.bodyCues.map((c) => c.kind)).not.toContain('churn-threat');
    expect(measure("We won't be renewing our plan in April. The reporting has been wrong for months.").bodyCues.map((c) => c.kind)).toContain('churn-threat');
  });

  it("the sender's own wrong document, owned before the recipient's invoice is named", () => {
    expect(kinds("The PO I sent on Monday was for the wrong cost centre, which is why your invoice bounced.")).not.toContain('problem');
  });

  it('a customer complaint forwarded for information is the customer\'s, unless the message is only the quotation', () => {
    const forwarded = "Forwarding this for information only. One of our customers complained about a price on the site; it was our own error.\n\n'I am absolutely furious. Your website is a joke, nobody answered the chat.'\n\nThanks, Jo";
    expect(kinds(forwarded)).not.toContain('frustration');
    expect(measure("I'm only passing it on because she says 'your website is a joke, I am furious' and I wanted you to know it was our error.").bodyCues.map((c) => c.kind)).not.toContain('frustration');
    expect(kinds('"I am absolutely furious with your service, nobody answered the chat."')).toContain('frustration');
  });

  it('"PO" is a purchase order, not chat shorthand', () => {
    expect(measure('Please raise the invoice against PO 22904 for the banners.').lexicon.negative).toBe(0);
  });
});
