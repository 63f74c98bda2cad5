/** Small DOM helpers for component tests: find things the way a person does (by label and text). */
import { act } from 'preact/test-utils';

/** Polls until `probe` returns something truthy, letting Preact flush renders and effects in between. */
export async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 3000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    await act(async () => undefined);
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`waitFor timed out: ${probe.toString()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The control inside the <label> whose label text is exactly `text` (or whose aria-label is). */
export function byLabel<T extends HTMLElement>(root: ParentNode, text: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => l.querySelector('.cr-field-label')?.textContent === text);
  const control =
    label?.querySelector('input, select, textarea') ??
    [...root.querySelectorAll('input, select, textarea')].find((el) => el.getAttribute('aria-label') === text);
  if (!control) throw new Error(`No control labelled "${text}"`);
  return control as T;
}

/** The button whose accessible name (aria-label, else text) is `name`, or null. */
export function findButton(root: ParentNode, name: string | RegExp): HTMLButtonElement | null {
  const found = [...root.querySelectorAll('button')].find((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '';
    return typeof name === 'string' ? label === name : name.test(label);
  });
  return found ?? null;
}

export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const found = findButton(root, name);
  if (!found) throw new Error(`No button "${String(name)}"`);
  return found;
}

export async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(el: HTMLSelectElement | HTMLInputElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** A date entered as a person does: into the field, then leaving it (date fields save when left). */
export async function enterDay(el: HTMLInputElement, day: string): Promise<void> {
  await act(() => void el.dispatchEvent(new FocusEvent('focus')));
  await type(el, day);
  await act(() => void el.dispatchEvent(new FocusEvent('blur')));
}

export async function click(el: HTMLElement): Promise<void> {
  await act(() => el.click());
}
