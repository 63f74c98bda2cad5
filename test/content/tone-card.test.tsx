// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ToneCard } from '../../components/sidebar/ToneCard';
import { analyzeTone } from '../../lib/tone';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const PARAGRAPH =
  'We have raised this issue again and again, and nobody from your team has followed up. The reporting module still shows the wrong totals for our Berlin and Madrid offices. This is the fourth time we have written about it and frankly we are running out of patience.';

describe('the sidebar tone card', () => {
  it('lists each phrase behind the score once, however often the client repeats it', () => {
    const report = analyzeTone(Array.from({ length: 6 }, () => PARAGRAPH).join('\n\n'));
    // The analyser reports every occurrence; the card is where the copies would crowd the list.
    expect(new Set(report.signals.map((s) => s.phrase.toLowerCase())).size).toBeLessThan(report.signals.length);
    render(<ToneCard report={report} flagged />, container);
    const phrases = [...container.querySelectorAll('[data-cr="signal"] mark')].map((m) => m.textContent?.toLowerCase());
    expect(phrases.length).toBeGreaterThanOrEqual(3);
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});
