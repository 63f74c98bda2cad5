// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ToneCard } from '../../components/sidebar/ToneCard';
import { analyzeTone } from '../../lib/tone';
import { useContainer } from '../support/container';

const getContainer = useContainer();

const PARAGRAPH =
  'We have raised this issue again and again, and nobody from your team has followed up. The reporting module still shows the wrong totals for our Berlin and Madrid offices. This is the fourth time we have written about it and frankly we are running out of patience.';

describe('the sidebar tone card', () => {
  it('lists each phrase behind the score once, however often the client repeats it', () => {
    const report = analyzeTone(Array.from({ length: 6 }, () => PARAGRAPH).join('\n\n'));
    // The analyser reports every occurrence; the card is where the copies would crowd the list.
    expect(new Set(report.signals.map((s) => s.phrase.toLowerCase())).size).toBeLessThan(report.signals.length);
    render(<ToneCard report={report} flagged />, getContainer());
    const phrases = [...getContainer().querySelectorAll('[data-cr="signal"] mark')].map((m) => m.textContent?.toLowerCase());
    expect(phrases.length).toBeGreaterThanOrEqual(3);
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it('keeps the strongest phrases when there are more than it lists, in reading order: a threat at the end is not crowded out', () => {
    const report = analyzeTone(
      'This is the third launch date you have missed, with no explanation. Frankly, this is unacceptable. Every week of delay ' +
        "costs us money. I'm tired of chasing you for updates. Nobody has called back, again. If we don't have a plan by Friday, " +
        'we will terminate the contract and our lawyers will be in touch.',
    );
    render(<ToneCard report={report} flagged />, getContainer());
    const shown = [...getContainer().querySelectorAll<HTMLElement>('[data-cr="signal"]')];
    expect(report.signals.length).toBeGreaterThan(shown.length);
    expect(shown.map((li) => li.dataset.category)).toContain('legal-threat');
    const starts = shown.map((li) => report.signals.find((s) => li.textContent?.includes(s.phrase))?.start ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("puts why each phrase counts behind a button, reachable from the keyboard and read with the phrase", async () => {
    const report = analyzeTone(PARAGRAPH);
    await act(() => render(<ToneCard report={report} flagged />, getContainer()));
    const phrase = getContainer().querySelector<HTMLButtonElement>('[data-cr="signal"] button')!;
    // A real button: in the tab order, pressed with Enter or Space, its state announced.
    expect(phrase.tagName).toBe('BUTTON');
    expect(phrase.getAttribute('type')).toBe('button');
    expect(phrase.getAttribute('aria-expanded')).toBe('false');
    const why = getContainer().querySelector<HTMLElement>(`#${phrase.getAttribute('aria-controls')}`)!;
    expect(why.hidden).toBe(true);
    // No longer only in a hover tooltip.
    expect(getContainer().querySelector('[data-cr="signal"][title]')).toBeNull();
    // The card lists phrases in the report's order, so the first button is the first signal.
    const first = report.signals[0];
    expect(phrase.textContent).toContain(first.phrase);
    await act(() => phrase.click());
    expect(phrase.getAttribute('aria-expanded')).toBe('true');
    expect(why.hidden).toBe(false);
    expect(why.textContent).toBe(first.why);
    expect(why.closest('[data-cr="signal"]')).toBe(phrase.closest('[data-cr="signal"]'));
    await act(() => phrase.click());
    expect(why.hidden).toBe(true);
  });
});
