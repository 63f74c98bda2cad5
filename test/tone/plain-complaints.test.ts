import { describe, expect, it } from 'vitest';
import { cueKinds as kinds } from './cue-kinds';

// Round 14 (issue #4): plain complaint wording that ordinary customers use in any channel: money taken
// and not given back, chasing since a date, complaints already lodged, "I ordered X but got Y",
// "didn't expect this from you". Sentences written for this test, each beside a look-alike.

describe('money taken and not given back', () => {
  it('charged an amount twice', () => {
    expect(kinds('I cancelled the order but I have been charged 799 rs twice.')).toContain('service-failure');
    expect(kinds('We were charged £40 for the two licences, as expected.')).not.toContain('service-failure');
  });

  it('took the money and is not refunding it', () => {
    expect(kinds('They took my money and are still not refunding it.')).toContain('service-failure');
    expect(kinds('You are refunding the deposit this week, great.')).not.toContain('service-failure');
  });

  it('where is my money', () => {
    expect(kinds('Where is my refund?')).toContain('service-failure');
    expect(kinds('Where is my copy of the agenda? I can bring it.')).not.toContain('service-failure');
  });
});

describe('the record of chasing', () => {
  it('chasing or trying to get an answer since a date', () => {
    expect(kinds("I've been chasing them since the 24th.")).toContain('elapsed');
    expect(kinds('Trying to get a response on my ticket since Monday.')).toContain('elapsed');
    expect(kinds('I have been trying to get hold of you for three days.')).toContain('elapsed');
    expect(kinds('Since Monday we have been busy with the launch.')).not.toContain('elapsed');
  });

  it('weeks already passed', () => {
    expect(kinds('Please settle my loan request, it is already 1 month passed.')).toContain('elapsed');
    expect(kinds('Three weeks have passed and nothing has changed.')).toContain('elapsed');
    expect(kinds('Three weeks have passed since the launch party, time flies.')).not.toContain('elapsed');
  });

  it('complaints already lodged; complained but still nothing', () => {
    expect(kinds('I have registered two complaints already.')).toContain('repeat-failure');
    expect(kinds('I complained but it is still unsolved.')).toContain('repeat-failure');
    expect(kinds('I have given several reminders to your team.')).toContain('repeat-failure');
    expect(kinds('Our customers made two complaints about the courier, not you.')).not.toContain('repeat-failure');
  });

  it('nothing done after assurances', () => {
    expect(kinds('Even after assuring me in writing, they did nothing.')).toContain('broken-promise');
    expect(kinds('I did nothing over the weekend, bliss.')).not.toContain('broken-promise');
  });
});

describe('what arrived and what was ordered', () => {
  it('ordered one thing and got another', () => {
    expect(kinds("I've ordered the navy blue but I got the red one.")).toContain('broken-promise');
    expect(kinds('We asked for the summary deck and we got it on Tuesday, thanks.')).not.toContain('broken-promise');
  });

  it('not genuine', () => {
    expect(kinds('This product is not original.')).toContain('service-failure');
    expect(kinds('It is a fake product.')).toContain('service-failure');
    expect(kinds('The idea is not original to me, I read it somewhere.')).not.toContain('service-failure');
  });
});

describe('let down and accused', () => {
  it("didn't expect this from you; don't waste your money", () => {
    expect(kinds("Didn't expect this cheating from SBI.")).toContain('disappointment');
    expect(kinds('Please do not waste your money on it.')).toContain('disappointment');
    expect(kinds('It was a complete waste of time.')).toContain('disappointment');
    expect(kinds("I didn't expect this from the weather forecast, but we still had a great day.")).not.toContain('disappointment');
  });

  it('misleading and looting', () => {
    expect(kinds('It is misleading and looting customers.')).toContain('hostility');
    expect(kinds('This is totally wrong and mis-selling.')).toContain('hostility');
  });

  it('sarcastic thanks for being rude', () => {
    expect(kinds('Thank you for being arrogant.')).toContain('sarcasm');
    expect(kinds('Thank you for being so patient with us.')).not.toContain('sarcasm');
  });

  it('why, asked with "!?"', () => {
    expect(kinds('Why am I waiting 60 mins just to approve a card payment!?')).toContain('why-question');
  });

  it('never fails to disappoint; good for nothing', () => {
    expect(kinds('You never fail to disappoint your customers.')).toContain('sarcasm');
    expect(kinds('The new release never fails to start, nice work.')).not.toContain('sarcasm');
    expect(kinds('Your company is good for nothing.')).toContain('hostility');
  });
});

describe('it goes on, and nobody says', () => {
  it('the problem continues after it was called fixed', () => {
    expect(kinds('Raised complaint, they say it is fixed. Problem continues.')).toContain('repeat-failure');
    expect(kinds('The issue persists on two of the laptops.')).toContain('repeat-failure');
    expect(kinds('The issue returned to normal after the restart.')).not.toContain('repeat-failure');
  });

  it('done without any alert or notice', () => {
    expect(kinds('The bank deducted 2000 rs charges without any alert or mail.')).toContain('broken-promise');
    expect(kinds('Feel free to call without any notice, we are in all day.')).not.toContain('broken-promise');
  });

  it('what am I supposed to do; is this fair; nobody cares; have the courtesy', () => {
    expect(kinds('The ATM isn’t working and the branch is closed. What am I supposed to do?')).toContain('exasperated-question');
    expect(kinds('Now they say get a new card paying Rs.200. Is this fair ?')).toContain('exasperated-question');
    expect(kinds('Requested a reversal but nobody cares.')).toContain('exasperated-question');
    expect(kinds('At least have the courtesy to respond.')).toContain('exasperated-question');
    expect(kinds('What are we supposed to bring on Friday?')).not.toContain('exasperated-question');
  });

  it('worse and worse', () => {
    expect(kinds('Service becoming poorer and poorer.')).toContain('disappointment');
    expect(kinds('The storm got worse overnight.')).not.toContain('disappointment');
  });
});

describe('not what was shown or ordered', () => {
  it('not as shown or described', () => {
    expect(kinds('Color not as shown!')).toContain('broken-promise');
    expect(kinds('The dashboard is not as described in the proposal.')).toContain('broken-promise');
    expect(kinds('It arrived exactly as shown in the picture.')).not.toContain('broken-promise');
  });

  it('the wrong thing sent; failed soon after', () => {
    expect(kinds('You sent us the wrong version of the contract.')).toContain('service-failure');
    expect(kinds('The TV panel developed a crack just after two months.')).toContain('service-failure');
    expect(kinds('The pump stopped working within a week.')).toContain('service-failure');
    expect(kinds('You sent us the new version of the contract.')).not.toContain('service-failure');
  });

  it('telling others not to buy or hire', () => {
    expect(kinds('I strongly recommend not to buy their products.')).toContain('disappointment');
    expect(kinds("Don't go for this product.")).toContain('disappointment');
    expect(kinds("Don't buy more licences until the renewal, we'll get a better price.")).not.toContain('disappointment');
  });
});

