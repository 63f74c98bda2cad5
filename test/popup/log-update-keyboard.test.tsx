// @vitest-environment jsdom
/** The popup's "Log update" form from the keyboard: Escape (or Cancel) closes it, logs nothing and gives the focus back. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup, type DueItem } from '../../components/popup/Popup';
import { button, click, findButton, type, waitFor } from '../dashboard/dom';

const ITEM: DueItem = { caseId: 'c1', clientName: 'Acme Corp', title: 'Third outage', status: 'overdue', dueAt: '2026-11-24T09:00:00Z' };

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

async function mount() {
  const logged: string[] = [];
  root = document.body.appendChild(document.createElement('div'));
  await act(() =>
    render(
      <Popup
        items={[ITEM]}
        error={null}
        onDraftUpdate={() => undefined}
        onLogUpdate={async (_caseId, summary) => void logged.push(summary)}
        onOpenDashboard={() => undefined}
        attention={[]}
        onOpenThread={() => undefined}
      />,
      root!,
    ),
  );
  return { el: root, logged };
}

const input = (el: ParentNode) => el.querySelector<HTMLInputElement>('[data-cr="log-form"] input');
const escape = () =>
  act(() => {
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  });

describe('popup: Log update from the keyboard', () => {
  it('Escape cancels the open form, logs nothing and puts the focus back on "Log update"', async () => {
    const { el, logged } = await mount();
    const open = button(el, 'Log update');
    open.focus();
    await click(open);
    const field = await waitFor(() => input(el));
    await waitFor(() => document.activeElement === field);
    await type(field, 'Called Maria');
    await escape();
    await waitFor(() => !input(el));
    await waitFor(() => document.activeElement === button(el, 'Log update'));
    expect(logged).toEqual([]);
    // Opened again, it starts empty: what was cancelled is gone.
    await click(button(el, 'Log update'));
    expect((await waitFor(() => input(el))).value).toBe('');
  });

  it('has a Cancel button that does the same, and Save still logs', async () => {
    const { el, logged } = await mount();
    await click(button(el, 'Log update'));
    await waitFor(() => input(el));
    await click(button(el, 'Cancel'));
    await waitFor(() => !input(el));
    await waitFor(() => document.activeElement === button(el, 'Log update'));
    await click(button(el, 'Log update'));
    await type(await waitFor(() => input(el)), 'Fix deployed');
    await act(() => el.querySelector('form')!.requestSubmit());
    await waitFor(() => !input(el));
    expect(logged).toEqual(['Fix deployed']);
    expect(findButton(el, 'Cancel')).toBeNull();
  });
});

describe('popup: the open form and a refreshed list', () => {
  it('keeps the focus where the user moved it when the list re-renders', async () => {
    const { el } = await mount();
    await click(button(el, 'Log update'));
    const field = await waitFor(() => input(el));
    await waitFor(() => document.activeElement === field);
    const save = button(el, 'Save');
    save.focus();
    // The overdue list refreshes (a case changed elsewhere): the same row, drawn again.
    await act(() =>
      render(
        <Popup
          items={[{ ...ITEM, dueAt: '2026-11-24T10:00:00Z' }]}
          error={null}
          onDraftUpdate={() => undefined}
          onLogUpdate={async () => undefined}
          onOpenDashboard={() => undefined}
          attention={[]}
          onOpenThread={() => undefined}
        />,
        el,
      ),
    );
    expect(input(el)).not.toBeNull();
    expect(document.activeElement).toBe(save);
  });
});

describe('popup: Save', () => {
  it('logs the update once when pressed twice before the first save has landed', async () => {
    const logged: string[] = [];
    let land: () => void = () => undefined;
    root = document.body.appendChild(document.createElement('div'));
    await act(() =>
      render(
        <Popup
          items={[ITEM]}
          error={null}
          onDraftUpdate={() => undefined}
          onLogUpdate={(_caseId, summary) => {
            logged.push(summary);
            return new Promise<void>((resolve) => (land = resolve));
          }}
          onOpenDashboard={() => undefined}
          attention={[]}
          onOpenThread={() => undefined}
        />,
        root!,
      ),
    );
    const el = root;
    await click(button(el, 'Log update'));
    await type(await waitFor(() => input(el)), 'Fix deployed');
    // A double click on Save, or Enter pressed twice: the second submit comes while the first is saving.
    await act(() => el.querySelector('form')!.requestSubmit());
    await act(() => el.querySelector('form')!.requestSubmit());
    expect(button(el, 'Save').disabled).toBe(true);
    await act(() => land());
    await waitFor(() => !input(el));
    expect(logged).toEqual(['Fix deployed']);
  });
});
