import { describe, expect, it } from 'vitest';
import { analyzeTone } from '../../lib/tone';
import { maskNonBody } from '../../lib/tone/body';
import { cueKinds as kinds } from './cue-kinds';

// Round 13 (issue #4): the record of chasing and of the agreement, and trouble that is the sender's
// own or a legal footer's. Sentences written for this test, each beside a look-alike.

describe('the record of chasing', () => {
  it('days without a basic service', () => {
    expect(kinds('This is now day nine without heating or hot water.')).toContain('elapsed');
    expect(kinds('We have gone three weeks without internet at the depot.')).toContain('elapsed');
    expect(kinds('Day two without any problems since the update, thanks.')).not.toContain('elapsed');
  });

  it('reported, then chased, and how many notes it has been', () => {
    expect(kinds('I first reported it on the 3rd, chased on the 6th and again on Monday.')).toContain('repeat-failure');
    expect(kinds('Sorry to chase again, this is my third note about the revised plans.')).toContain('repeat-failure');
    expect(kinds('This is my third year as a customer and the first time I have needed support.')).not.toContain('repeat-failure');
  });

  it('nobody in touch since; what they thought would happen', () => {
    expect(kinds('The engineer said your office would book the return visit. No one has been in touch since.')).toContain('broken-promise');
    expect(kinds("When we spoke on the 2nd you thought they'd be with us by the end of that week.")).toContain('broken-promise');
    expect(kinds('No one has been in touch since the conference, so I thought I would say hello.')).not.toContain('broken-promise');
  });

  it('a restrained "not unreasonable to expect", a root cause asked for', () => {
    expect(kinds("I don't think it's unreasonable to expect a working boiler, or at the very least a reply.")).toContain('polite-anger');
    expect(kinds("Could someone from your engineering side walk us through the root cause and what's changed?")).toContain('polite-anger');
    expect(kinds('Our own team finished the root cause work on our side last week.')).not.toContain('polite-anger');
  });

  it('the service credit the agreement gives', () => {
    expect(kinds("Under section 7.2 of the MSA we're entitled to a 10% service credit for the month.")).toContain('broken-promise');
    expect(kinds('Our plan includes priority support and a named engineer.')).not.toContain('broken-promise');
  });

  it('add up to a flag on a tenant who has chased three times', () => {
    const text = [
      'Hi Bethany,',
      'This is now day nine without heating or hot water. I first reported it on the 3rd, chased on the 6th and again on Monday. No one has been in touch since.',
      "I don't think it's unreasonable to expect a working boiler, or at the very least a reply. Please can you tell me today when the engineer is coming back.",
      'Thanks,\nAmira',
    ].join('\n\n');
    expect(analyzeTone(text).unhappy).toBe(true);
  });
});

describe("trouble that is the sender's own, or boilerplate", () => {
  it('a legal footer is masked with the signature above it', () => {
    const text = [
      'Hi Ravi,',
      "Could we move Thursday's catch-up to 3pm? Same Teams link is fine.",
      'Thanks,',
      'Catherine Doyle | Partner',
      'Doyle Brennan Solicitors LLP',
      '12 Merrion Square, Dublin 2',
      'T +353 1 555 4410',
      'M +353 87 555 9023',
      'www.doylebrennan.example',
      '',
      'IMPORTANT: This email and any attachments are confidential. If you have received this email in error, please notify us immediately. Beware of cyber fraud.',
    ].join('\n');
    const masked = maskNonBody(text);
    expect(masked).toContain('Same Teams link is fine.');
    expect(masked).not.toContain('fraud');
    expect(masked).not.toContain('Catherine');
    expect(analyzeTone(text).signals).toEqual([]);
  });

  it('"Important:" before the client\'s own words is not a footer', () => {
    const text = 'Hi Ravi,\n\nThe order is late again.\n\nImportant: the invoice is still wrong and we will not pay it until it is fixed.\n\nCatherine';
    expect(maskNonBody(text)).toContain('the invoice is still wrong');
  });

  it("an apology for a payment they should have had; the bank's hold", () => {
    const text = 'Apologies, you should have had this payment a week ago. Our bank put a hold on it as part of a new-payee fraud check.';
    expect(kinds(text)).not.toContain('broken-promise');
    expect(kinds('You should have had the report with us a week ago.')).toContain('broken-promise');
  });

  it('a consequence of their own outage is theirs too', () => {
    const text = "Our API gateway was down this afternoon, a certificate expired, entirely our fault, not yours. That means the pull your system does will have come back empty, and tonight's report will be wrong.";
    expect(kinds(text)).not.toContain('problem');
    expect(kinds('Your API was down this afternoon. That means the pull our system does came back empty.')).toContain('problem');
  });

  it('a previous provider, and someone else fed up with theirs', () => {
    expect(kinds('Our last bookkeeper was an absolute nightmare and missed every deadline.')).not.toContain('frustration');
    expect(kinds('My brother-in-law is fed up with his current accountant.')).not.toContain('frustration');
    expect(kinds('We are fed up with the missed deadlines.')).toContain('frustration');
  });

  it('a non-renewal because a new agreement supersedes it', () => {
    const text = 'This is formal notice that we will not renew the Pilot Agreement upon its expiry.\n\nIt ends only because it is superseded by the Enterprise Agreement signed by both parties.';
    expect(kinds(text)).not.toContain('churn-threat');
    expect(kinds('This is formal notice that we will not renew the agreement upon its expiry.')).toContain('churn-threat');
  });
});
