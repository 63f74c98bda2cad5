// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { AsksCard } from '../../components/sidebar/AsksCard';
import { analyzeTone } from '../../lib/tone';
import { useContainer } from '../support/container';

const SENT = '2026-11-24T08:00:00Z';

const getContainer = useContainer();

function show(text: string, now = new Date(SENT)) {
  const report = analyzeTone(text, { sentAt: SENT });
  render(<AsksCard asks={report.asks} deadlines={report.deadlines} now={now} />, getContainer());
}
const texts = (selector: string) => [...getContainer().querySelectorAll(selector)].map((e) => e.textContent?.replace(/^ · /, ''));

describe('the sidebar card of what the client asks for', () => {
  it('lists the asks and the deadlines set, once each, leaving out dates only mentioned', () => {
    show('The export failed again on Saturday, the third time this month. I need a call today and a refund. Fix it by Friday. By Friday, I said.');
    expect(texts('[data-cr="ask"]').join(' ')).toMatch(/call.*refund/);
    expect(texts('[data-cr="deadline"]')).toEqual(['by Friday']);
  });

  it('says when a deadline has passed by the time the message is read', () => {
    show('Please send the corrected invoice by Friday.', new Date('2026-11-29T10:00:00Z'));
    expect(texts('[data-cr="deadline"]')).toEqual(['by Friday (passed)']);
    show('Please send the corrected invoice by Friday.', new Date('2026-11-25T10:00:00Z'));
    expect(texts('[data-cr="deadline"]')).toEqual(['by Friday']);
    // On the day itself it has not passed yet: the same rule as the reply draft's.
    show('Please send the corrected invoice by Friday.', new Date('2026-11-27T10:00:00Z'));
    expect(texts('[data-cr="deadline"]')).toEqual(['by Friday']);
  });

  it('is absent when the client asks for nothing and sets no deadline', () => {
    show('Thanks, the report arrived on Monday and looks great.');
    expect(getContainer().querySelector('[data-cr="asks"]')).toBeNull();
  });
});
