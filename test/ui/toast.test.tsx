// @vitest-environment jsdom
/** The toast's Undo stays reachable: it waits while the focus or the pointer is on it, and hands the focus back. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Toast, type ToastMessage } from '../../components/ui/Toast';
import { click } from '../dashboard/dom';

const TIMEOUT = 1_000;
let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  document.body.replaceChildren();
  root = null;
  vi.useRealTimers();
});

function mount(onDismiss: () => void, undo = vi.fn()) {
  const toast: ToastMessage = { id: 1, text: 'Issue deleted.', action: { label: 'Undo', run: undo } };
  const before = document.body.appendChild(document.createElement('button'));
  before.textContent = 'Remove issue 2';
  root = document.body.appendChild(document.createElement('div'));
  const draw = (shown: ToastMessage | null) => act(() => render(<Toast toast={shown} onDismiss={onDismiss} timeoutMs={TIMEOUT} />, root!));
  return { toast, before, draw, undo };
}

const undoButton = () => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Undo')!;

describe('toast', () => {
  it('goes by itself after its time when nobody touches it', async () => {
    vi.useFakeTimers();
    const onDismiss = vi.fn();
    const { toast, draw } = mount(onDismiss);
    await draw(toast);
    await act(() => void vi.advanceTimersByTime(TIMEOUT + 10));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('waits while the keyboard focus is on it, and Undo gives the focus back to where it came from', async () => {
    vi.useFakeTimers();
    const onDismiss = vi.fn();
    const { toast, before, draw, undo } = mount(onDismiss);
    await draw(toast);
    before.focus();
    await act(() => undoButton().focus());
    await act(() => void vi.advanceTimersByTime(TIMEOUT * 3));
    expect(onDismiss).not.toHaveBeenCalled();

    await click(undoButton());
    expect(undo).toHaveBeenCalledTimes(1);
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(before);
  });

  it('waits while the pointer is on it', async () => {
    vi.useFakeTimers();
    const onDismiss = vi.fn();
    const { toast, draw } = mount(onDismiss);
    await draw(toast);
    const box = document.querySelector('.cr-toast')!;
    await act(() => void box.dispatchEvent(new MouseEvent('mouseenter')));
    await act(() => void vi.advanceTimersByTime(TIMEOUT * 3));
    expect(onDismiss).not.toHaveBeenCalled();
    await act(() => void box.dispatchEvent(new MouseEvent('mouseleave')));
    await act(() => void vi.advanceTimersByTime(TIMEOUT + 10));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
