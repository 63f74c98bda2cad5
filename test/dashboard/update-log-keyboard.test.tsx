// @vitest-environment jsdom
/** The case page's "Log an update" form from the keyboard: it takes the focus, and Escape closes it and gives the focus back. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { UpdateLog, type LoggedUpdate } from '../../components/dashboard/UpdateLog';
import { button, click, type, waitFor } from './dom';

const NOW = new Date('2026-11-26T10:00:00Z');

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

const form = (el: ParentNode) => el.querySelector<HTMLFormElement>('form[aria-label="Log an update"]');
const escape = () =>
  act(() => {
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  });

describe('dashboard: Log an update from the keyboard', () => {
  it('moves the focus into the form, and Escape closes it with nothing logged and the focus back on the button', async () => {
    const logged: LoggedUpdate[] = [];
    root = document.body.appendChild(document.createElement('div'));
    await act(() => render(<UpdateLog updates={[]} now={NOW} onLog={(u) => logged.push(u)} />, root!));
    const open = button(root, 'Log an update');
    open.focus();
    await click(open);
    const opened = await waitFor(() => form(root!));
    expect(open.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => opened.contains(document.activeElement));
    await type(opened.querySelector('textarea')!, 'Called Maria about the fix');
    opened.querySelector('textarea')!.focus();
    await escape();
    await waitFor(() => !form(root!));
    await waitFor(() => document.activeElement === button(root!, 'Log an update'));
    expect(button(root, 'Log an update').getAttribute('aria-expanded')).toBe('false');
    expect(logged).toEqual([]);
  });

  it('gives the focus back after saving too', async () => {
    const logged: LoggedUpdate[] = [];
    root = document.body.appendChild(document.createElement('div'));
    await act(() => render(<UpdateLog updates={[]} now={NOW} onLog={(u) => logged.push(u)} />, root!));
    await click(button(root, 'Log an update'));
    const opened = await waitFor(() => form(root!));
    await type(opened.querySelector('textarea')!, 'Fix deployed');
    await click(button(opened, 'Save update'));
    await waitFor(() => !form(root!));
    await waitFor(() => document.activeElement === button(root!, 'Log an update'));
    expect(logged.map((u) => u.summary)).toEqual(['Fix deployed']);
  });

  it('does not log an update dated in the future, says why, and logs it once the time is fixed', async () => {
    const logged: LoggedUpdate[] = [];
    root = document.body.appendChild(document.createElement('div'));
    await act(() => render(<UpdateLog updates={[]} now={NOW} onLog={(u) => logged.push(u)} />, root!));
    await click(button(root, 'Log an update'));
    const opened = await waitFor(() => form(root!));
    await type(opened.querySelector('textarea')!, 'Sent the plan');
    const when = opened.querySelector<HTMLInputElement>('input[type="datetime-local"]')!;
    await type(when, '2027-03-01T10:00');
    await act(() => opened.requestSubmit());
    expect(logged).toEqual([]);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('cannot be later than now');
    expect(when.getAttribute('aria-invalid')).toBe('true');
    await type(when, '2026-11-25T16:30');
    expect(root.querySelector('[role="alert"]')).toBeNull();
    await act(() => opened.requestSubmit());
    expect(logged).toHaveLength(1);
    expect(logged[0].at.getTime()).toBe(new Date('2026-11-25T16:30').getTime());
  });
});
