// @vitest-environment jsdom
/**
 * The dashboard's in-place fields save what the user meant, once they are done: a date typed digit by
 * digit (each step a valid date to the input: year 0002, 0020…) saves only the finished day; a half
 * typed date, a cleared issue or title, and an edit undone with Escape save nothing; the client's
 * commitment status never writes back the commitment's text as it was before an edit.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgreementCapture } from '../../components/dashboard/AgreementCapture';
import { DayField } from '../../components/dashboard/DayField';
import { EditableText } from '../../components/dashboard/EditableText';
import { dayToIso, isoToDay } from '../../lib/dashboard/format';
import { choose } from './dom';

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

async function draw(node: preact.VNode) {
  root ??= document.body.appendChild(document.createElement('div'));
  await act(() => render(node, root!));
  return root;
}

const fire = (el: HTMLElement, event: Event) => act(() => void el.dispatchEvent(event));

/** What the browser's date input reports as the user types: a value, and whether it is half typed. */
async function typeDay(input: HTMLInputElement, value: string, partial = false) {
  Object.defineProperty(input, 'validity', { configurable: true, value: { badInput: partial } });
  input.value = value;
  await fire(input, new Event('input', { bubbles: true }));
}

describe('a date field', () => {
  it('saves the finished day once, when the user leaves, not each year typed on the way', async () => {
    const onCommit = vi.fn();
    const el = await draw(<DayField value={null} onCommit={onCommit} />);
    const input = el.querySelector('input')!;
    await fire(input, new FocusEvent('focus'));
    for (const step of ['0002-12-04', '0020-12-04', '0202-12-04', '2026-12-04']) await typeDay(input, step);
    expect(onCommit).not.toHaveBeenCalled();
    await fire(input, new FocusEvent('blur'));
    expect(onCommit).toHaveBeenCalledTimes(1);
    expect(onCommit).toHaveBeenCalledWith('2026-12-04T12:00:00.000Z');
  });

  it('keeps the saved day when the date is left half typed or names a year nobody meant', async () => {
    const onCommit = vi.fn();
    const el = await draw(<DayField value="2026-12-04T12:00:00.000Z" onCommit={onCommit} />);
    const input = el.querySelector('input')!;
    await fire(input, new FocusEvent('focus'));
    await typeDay(input, '', true);
    await fire(input, new FocusEvent('blur'));
    await fire(input, new FocusEvent('focus'));
    await typeDay(input, '0026-11-27');
    await fire(input, new FocusEvent('blur'));
    expect(onCommit).not.toHaveBeenCalled();
    expect(input.value).toBe('2026-12-04');
  });

  it('clears the day when the user empties it, and Escape puts the saved day back', async () => {
    const onCommit = vi.fn();
    const el = await draw(<DayField value="2026-12-04T12:00:00.000Z" onCommit={onCommit} />);
    const input = el.querySelector('input')!;
    await fire(input, new FocusEvent('focus'));
    await typeDay(input, '2027-01-15');
    await fire(input, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fire(input, new FocusEvent('blur'));
    expect(onCommit).not.toHaveBeenCalled();
    await fire(input, new FocusEvent('focus'));
    await typeDay(input, '');
    await fire(input, new FocusEvent('blur'));
    expect(onCommit).toHaveBeenCalledWith(null);
  });

  it('formats and reads days with four-digit years only', () => {
    expect(isoToDay('0006-01-04T12:00:00.000Z')).toBe('0006-01-04');
    expect(dayToIso('0006-01-04')).toBeNull();
    expect(dayToIso('2026-01-04')).toBe('2026-01-04T12:00:00.000Z');
  });
});

describe('an in-place text field', () => {
  it('does not save a required field left empty, and shows what was saved again', async () => {
    const onCommit = vi.fn();
    const el = await draw(<EditableText label="Issue 1" required value="Invoice 4411 charged twice" onCommit={onCommit} />);
    const input = el.querySelector('input')!;
    await fire(input, new FocusEvent('focus'));
    input.value = '   ';
    await fire(input, new Event('input', { bubbles: true }));
    await fire(input, new FocusEvent('blur'));
    expect(onCommit).not.toHaveBeenCalled();
    expect(input.value).toBe('Invoice 4411 charged twice');
  });

  it('undoes the edit on Escape, and saves nothing when the user then leaves', async () => {
    const onCommit = vi.fn();
    const el = await draw(<EditableText label="Issue 2" multiline value="Report missing" onCommit={onCommit} />);
    const area = el.querySelector('textarea')!;
    await fire(area, new FocusEvent('focus'));
    area.value = 'Report missing XXX';
    await fire(area, new Event('input', { bubbles: true }));
    await fire(area, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(area.value).toBe('Report missing');
    await fire(area, new FocusEvent('blur'));
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('saves text typed and left in the field when the tab is hidden or closed, without a blur', async () => {
    const onCommit = vi.fn();
    const el = await draw(<EditableText label="Client's commitment" multiline value="" onCommit={onCommit} />);
    const area = el.querySelector('textarea')!;
    await fire(area, new FocusEvent('focus'));
    area.value = 'Pay invoice 4411 once the report is fixed';
    await fire(area, new Event('input', { bubbles: true }));
    expect(onCommit).not.toHaveBeenCalled();
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    await fire(document as unknown as HTMLElement, new Event('visibilitychange'));
    expect(onCommit).toHaveBeenCalledWith('Pay invoice 4411 once the report is fixed');
    // Still the user's text, so they carry on typing where they were.
    expect(area.value).toBe('Pay invoice 4411 once the report is fixed');
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
    area.value = 'Pay invoice 4411 once the report is fixed, and refer us';
    await fire(area, new Event('input', { bubbles: true }));
    await fire(window as unknown as HTMLElement, new Event('pagehide'));
    expect(onCommit).toHaveBeenLastCalledWith('Pay invoice 4411 once the report is fixed, and refer us');
  });
});

describe("the client's commitment", () => {
  it('changes only the status when the status is picked, never the text as it was before an edit', async () => {
    const onCommitment = vi.fn();
    const el = await draw(
      <AgreementCapture
        agreedAt={null}
        commitment={{ id: 'k1', caseId: 'c1', text: 'Pay invoice 4411', status: 'proposed', createdAt: '', updatedAt: '', deletedAt: null }}
        onAgreedAt={() => undefined}
        onCommitment={onCommitment}
      />,
    );
    await choose(el.querySelector('select')!, 'agreed');
    expect(onCommitment).toHaveBeenCalledWith({ status: 'agreed' });
  });
});
