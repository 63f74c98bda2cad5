// @vitest-environment jsdom
/**
 * A sidebar button whose action fails says so on the notice line: "Not a complaint" and its Undo
 * dropped the rejected promise (an unhandled rejection in the mail page, and nothing shown).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidebarRoot } from '../../components/sidebar/mount-sidebar';
import { withNotices, type ReportingActions } from '../../components/sidebar/notice-actions';
import type { Attention } from '../../lib/content/attention';
import { createSidebarController, type Requester } from '../../lib/content/controller';
import type { Theme } from '../../lib/content/theme';
import { createValueStore } from '../../lib/content/value-store';
import type { Notice } from '../../lib/content/sidebar-state';
import type { CoachFinding } from '../../lib/drafts/types';
import type { MailProvider, OpenThread } from '../../lib/providers/types';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { analyzeTone } from '../../lib/tone';
import { button, click, waitFor } from '../dashboard/dom';

const ANGRY = 'This is the third outage this month and you promised a fix by Friday. Nothing happened. We will look at other vendors.';

const THREAD = {
  provider: 'gmail',
  threadId: 't1',
  subject: 'Outage',
  userAddress: 'dana@northwind.studio',
  analysedFrom: null,
  messages: [],
  analysed: {
    id: 'm1',
    from: { name: 'Maria Keller', address: 'maria@acme-corp.com' },
    subject: 'Outage',
    sentAt: '2026-11-25T09:00:00Z',
    text: ANGRY,
    byUser: false,
  },
} as unknown as OpenThread;

let root: HTMLElement | null = null;
afterEach(async () => {
  if (root) await act(() => render(null, root!));
  root?.remove();
  root = null;
});

/** The sidebar as mounted in the page, with a background that refuses `failing` once. */
async function mount(failing: 'thread:dismiss' | 'thread:undismiss') {
  let refused = false;
  const request = vi.fn(async (type: string) => {
    if (type === 'tone:analyze') return analyzeTone(ANGRY);
    if (type === 'case:for-sender') return null;
    if (type === 'thread:record') return { ok: true, dismissed: failing === 'thread:undismiss' };
    if (type === failing && !refused) {
      refused = true;
      throw new Error('The database is busy');
    }
    return { ok: true };
  }) as unknown as Requester;
  const provider = {
    id: 'gmail',
    currentView: () => 'thread',
    readThread: () => ({ ok: true, value: THREAD }),
    waitForThread: async () => ({ ok: true, value: THREAD }),
  } as unknown as MailProvider;
  const controller = createSidebarController({ provider, request, settings: () => DEFAULT_SETTINGS });
  await controller.refresh();
  const actions = {
    loadDraft: async () => '',
    insertReply: async () => undefined,
    logUpdate: async () => undefined,
    openCase: async () => ({ created: true, issuesAdded: 0 }),
    dismiss: () => controller.dismiss(),
    undismiss: () => controller.undismiss(),
    escalate: async () => undefined,
    openDashboard: () => undefined,
    openThread: () => undefined,
  } satisfies ReportingActions;
  // As mountSidebar puts them together.
  const notice = createValueStore<Notice | null>(null);
  root = document.body.appendChild(document.createElement('div'));
  await act(() =>
    render(
      <SidebarRoot
        controller={controller}
        actions={withNotices(actions, (text) => notice.set({ text }))}
        theme={createValueStore<Theme>('light')}
        attention={createValueStore<Attention[]>([])}
        coach={createValueStore<CoachFinding[] | null>(null)}
        notice={notice}
      />,
      root!,
    ),
  );
  return root;
}

const noticeLine = (el: ParentNode) => el.querySelector('.cr-notice-line')?.textContent ?? null;

describe('a sidebar action that fails', () => {
  it('"Not a complaint" says it could not, and the button stays to try again', async () => {
    const el = await mount('thread:dismiss');
    await click(button(el, 'Not a complaint'));
    expect(await waitFor(() => noticeLine(el))).toBe('Could not mark the thread as not a complaint: The database is busy');
    expect(el.querySelector('[data-cr="dismissed"]')).toBeNull();
    await waitFor(() => !button(el, 'Not a complaint').disabled);
    await click(button(el, 'Not a complaint'));
    await waitFor(() => el.querySelector('[data-cr="dismissed"]'));
  });

  it('Undo says it could not, and the thread stays marked', async () => {
    const el = await mount('thread:undismiss');
    await waitFor(() => el.querySelector('[data-cr="dismissed"]'));
    await click(button(el, 'Undo'));
    expect(await waitFor(() => noticeLine(el))).toBe('Could not undo “Not a complaint”: The database is busy');
    expect(el.querySelector('[data-cr="dismissed"]')).not.toBeNull();
  });
});
