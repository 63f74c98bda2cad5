// @vitest-environment jsdom
/**
 * A notice answers something the user did, often a shortcut pressed with the sidebar collapsed to
 * its dot: the sidebar opens to show it instead of keeping it where nobody can read it.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Sidebar, type SidebarActions } from '../../components/sidebar/Sidebar';
import type { Notice } from '../../lib/content/sidebar-state';
import { click } from '../dashboard/dom';

const actions: SidebarActions = {
  loadDraft: async () => '',
  insertReply: async () => undefined,
  logUpdate: async () => undefined,
  openCase: async () => undefined,
  dismiss: async () => undefined,
  undismiss: async () => undefined,
  escalate: async () => undefined,
  openDashboard: () => undefined,
  openThread: () => undefined,
};

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

const draw = (notice: Notice | null) =>
  act(() =>
    render(
      <Sidebar state={{ kind: 'no-message' }} theme="light" notice={notice} draftOptions={[]} actions={actions} attention={[]} coach={null} />,
      root!,
    ),
  );

describe('a notice while the sidebar is collapsed', () => {
  it('opens the sidebar and shows the notice as a status', async () => {
    root = document.body.appendChild(document.createElement('div'));
    await draw(null);
    await click(root.querySelector<HTMLButtonElement>('.cr-toggle')!);
    expect(root.querySelector('.cr-toggle')?.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.cr-body')).toBeNull();

    const calm = 'This message reads calm: no rescue draft was inserted.';
    await draw({ text: calm });
    expect(root.querySelector('.cr-toggle')?.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('[role="status"].cr-notice-line')?.textContent).toBe(calm);

    // Collapsed again, the same words said again (the shortcut pressed twice) open it again.
    await click(root.querySelector<HTMLButtonElement>('.cr-toggle')!);
    expect(root.querySelector('.cr-toggle')?.getAttribute('aria-expanded')).toBe('false');
    await draw({ text: calm });
    expect(root.querySelector('.cr-toggle')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('stays collapsed when nothing is said', async () => {
    root = document.body.appendChild(document.createElement('div'));
    await draw(null);
    await click(root.querySelector<HTMLButtonElement>('.cr-toggle')!);
    await draw(null);
    expect(root.querySelector('.cr-toggle')?.getAttribute('aria-expanded')).toBe('false');
  });
});
