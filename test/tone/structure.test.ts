import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone/index';
import { FEATURE_NAMES } from '../../lib/tone/features';
import { measure } from '../../lib/tone/measure';

// How a factual complaint is built (lib/tone/structure.ts, issue #4): a shortfall together with a
// reference to what was agreed, a cost borne, or a remedy asked for. New sentences, none from the blind sets.
const SHAPE = FEATURE_NAMES.indexOf('complaint-shape');
const shape = (t: string) => measure(t).features[SHAPE];
const parts = (t: string) => measure(t).structure;
const score = (t: string) => analyzeTone(t).score ?? 0;
const flagged = (t: string) => analyzeTone(t).unhappy;

describe('complaint structure: the parts', () => {
  it('a shortfall: negated delivery, wrong or old things, a comparison with the sample', () => {
    for (const t of [
      'The gutters still haven’t been cleared.',
      'The storage room was never unlocked for our crew.',
      'The invoice total doesn’t add up.',
      'Page four is printed out of order.',
      'The menu board shows last year’s prices.',
      'The fabric is much thinner than the sample.',
      'The engineer was supposed to bring the part.',
      'The signs should have been up by Monday.',
      'The pallet has been in our loading bay since the 12th.',
      'The ticket went in on 2 May. It’s now July.',
      'Of the 40 ‘qualified’ contacts, six had heard of us.',
      "The van you 'serviced' is making the same noise.",
    ]) expect(parts(t)?.shortfall, t).toBe(true);
    for (const t of ['We haven’t decided on the colour yet.', 'I never got round to reading it, sorry.', 'The new prices start in March.', 'Click \'Save\' when you are done.', 'We have been with you since 2019.']) {
      expect(parts(t)?.shortfall, t).toBe(false);
    }
  });

  it('a reference: what the client did, asked for, agreed or where it is written', () => {
    for (const t of [
      'We booked the large hall for 90 people.',
      'I sent you the revised logo on the 4th.',
      'It is on the purchase order.',
      'The leak was reported on 3 June.',
      'The tables we paid for were for the terrace.',
      'I was under the impression the filing went in last week.',
    ]) expect(parts(t)?.reference, t).toBe(true);
    for (const t of ['Could you book the large hall for us?', 'Please send the logo over when ready.']) expect(parts(t)?.reference, t).toBe(false);
  });

  it('a cost the client bore, and a remedy asked for', () => {
    for (const t of ['We have had to rebook the whole crew.', 'Our receptionist spent two hours phoning guests.', 'We’ve switched the feature off for now.', 'We’ll have to refund them.']) {
      expect(parts(t)?.cost, t).toBe(true);
    }
    for (const t of ['Please send a corrected invoice.', 'What can you do?', 'I’d like to go through the bill before we pay it.', 'When will the corrected version go live?', 'Can you explain why the total went up?']) {
      expect(parts(t)?.remedy, t).toBe(true);
    }
    for (const t of ['Please correct me if I have this wrong.', 'We paid by credit card.', 'I need to have the car serviced.', 'When will the new version be deployed?']) {
      expect(parts(t)?.remedy, t).toBe(false);
    }
  });

  it('the sender’s own or a third party’s news counts for nothing', () => {
    expect(parts('Sorry, my mistake, I sent the wrong file on Friday. Could you redo page two?')?.shortfall).toBe(false);
  });

  it('a shortfall in the client’s own voice: what they never received, what is still to come (round 9)', () => {
    for (const t of [
      'We still haven’t received the signed lease.',
      'I haven’t heard back about the damaged crate.',
      'The access problem remains unresolved.',
      'Nobody got back to us after the survey.',
      'The kitchen is yet to be finished.',
      'The rates went up with no explanation.',
    ]) expect(parts(t)?.shortfall, t).toBe(true);
    for (const t of [
      'We haven’t decided on the dates yet.',
      'Have you received the signed lease?',
      'I have heard back from the landlord and it is all fine.',
      'The outcome remains to be seen.',
    ]) expect(parts(t)?.shortfall, t).toBe(false);
  });

  it('with a reference or a remedy it adds to the shape; in the sender’s own news it does not', () => {
    expect(shape('We still haven’t received the signed lease. We sent it to you on the 3rd.')).toBe(1);
    expect(shape('We haven’t received the board’s answer, our CEO is off sick. We sent you the draft on the 3rd.')).toBe(0);
  });

});

describe('complaint structure through analyzeTone', () => {
  it('raises a factual report with a reference, a cost or a remedy above the same report alone', () => {
    const report = 'Hi Raj, the banner is blurry on the left side.';
    expect(score(`${report} We sent the print-ready file on the 2nd. Could you reprint it before Friday? Tom`)).toBeGreaterThan(score(`${report} Could we also have two more for the stand? Tom`) + 10);
    const one = 'The tiles in the hall are cracked.';
    const two = `${one} We chose the porcelain ones at the showroom.`;
    const three = `${two} We have had to keep the hall closed.`;
    expect(score(two)).toBeGreaterThan(score(one) + 10);
    expect(score(three)).toBeGreaterThan(score(two) + 10);
    expect(flagged(three)).toBe(true);
    expect(flagged(one)).toBe(false);
  });

  it('flags factual complaints built from several parts', () => {
    for (const t of [
      'Morning, the March payslips still haven’t been corrected. I sent the new rates on the 2nd and we have had to pay two people by hand. Dev',
      'Hi, the van arrived without the fridge. We booked it for the 9th, so we have had to keep the café shut today. When will it be delivered? Mo',
      'Hi, the labels on the second pallet are wrong. Our warehouse team have had to relabel 400 boxes by hand. Sam',
    ]) expect(flagged(t), t).toBe(true);
  });

  it('does not flag ordinary mail with one part, or the parts in someone else’s news', () => {
    for (const t of [
      'Hi Ana, confirming round tables for 60 again, same as last year. Could we have the room from 8? Ben',
      'Hello, I sent the signed drawings back on the 2nd. Could you confirm you have them? Carla',
      'Hi, our courier lost the parcel with the samples, so we have had to order another set. Could you hold the slot until Thursday?',
      'Morning, could you send a breakdown of the hours for our records? The auditors have asked for one. Dev',
      'We need the slides redone in the new template, no rush.',
    ]) {
      expect(flagged(t), t).toBe(false);
      expect(shape(t), t).toBe(0);
    }
  });
});
