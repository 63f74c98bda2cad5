// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { getSettings, updateSettings } from '../../lib/settings/store';
import { expectedFlagRate } from '../../lib/dashboard/expected-flag-rate';
import { button, byLabel as labelled, click, type, waitFor } from '../dashboard/dom';

let container: HTMLElement;
const byLabel = <T extends HTMLElement>(text: string) => labelled<T>(container, text);

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('settings page', () => {
  it('shows the stored settings and saves an edit after a pause, saying so', async () => {
    await updateSettings({ userName: 'Dana' });
    render(<OptionsApp debounceMs={5} />, container);
    const name = await waitFor(() => container.querySelector('input') && byLabel<HTMLInputElement>('Your name'));
    expect(name.value).toBe('Dana');

    await type(name, 'Dana Scully');
    await waitFor(() => container.textContent?.includes('Saved'));
    expect((await getSettings()).userName).toBe('Dana Scully');
  });

  it('explains the sensitivity slider in messages per hundred and stores the threshold', async () => {
    render(<OptionsApp debounceMs={5} />, container);
    const slider = await waitFor(() => container.querySelector<HTMLInputElement>('input[type="range"]'));
    expect(container.textContent).toContain(`Flags about ${expectedFlagRate(50)} of 100 ordinary messages.`);

    // Sensitivity 75 is threshold 25.
    await type(slider, '75');
    expect(container.textContent).toContain(`Flags about ${expectedFlagRate(25)} of 100 ordinary messages.`);
    await waitFor(() => container.textContent?.includes('Saved'));
    expect((await getSettings()).flagThreshold).toBe(25);
  });

  it('edits lists one per line, working days, sites and holidays', async () => {
    render(<OptionsApp debounceMs={5} />, container);
    const vip = await waitFor(() => container.querySelector('textarea') && byLabel<HTMLTextAreaElement>('Watched client domains (VIP)'));
    await type(vip, 'Acme.com\n\nglobex.io\n');
    expect(vip.value).toBe('Acme.com\n\nglobex.io\n');

    const saturday = byLabel<HTMLInputElement>('Saturday');
    await click(saturday);
    const outlookList = container.querySelector<HTMLInputElement>('input[aria-label="Flags in the Outlook on the web message list"]')!;
    await click(outlookList);

    const holiday = byLabel<HTMLInputElement>('Add a holiday');
    await type(holiday, '2026-12-25');
    await click(button(container, 'Add holiday'));
    expect(container.textContent).toContain('2026-12-25');

    await waitFor(() => container.textContent?.includes('Saved'));
    const s = await getSettings();
    expect(s.watchedDomains).toEqual(['acme.com', 'globex.io']);
    expect(s.working.days).toEqual([1, 2, 3, 4, 5, 6]);
    expect(s.working.holidays).toEqual(['2026-12-25']);
    expect(s.listFlags).toEqual({ gmail: true, outlook: false });
  });

  it('lists the keyboard shortcuts and where to change them', async () => {
    render(<OptionsApp />, container);
    await waitFor(() => container.querySelector('#shortcuts'));
    for (const name of ['Toggle sidebar', 'Open rescue case', 'Insert reply']) expect(container.textContent).toContain(name);
    expect(container.textContent).toContain('chrome://extensions/shortcuts');
  });
});
