// @vitest-environment jsdom
/**
 * "Not a complaint" in the sidebar, as a person meets it: one click, a notice with Undo (the focus on
 * it), the header's dot out of alarm red, and Undo bringing the flag back. The show/hide button is
 * named by what its dot says, also when the sidebar is collapsed to the dot alone.
 */
import { render } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar, type SidebarActions } from '../../components/sidebar/Sidebar';
import { createSidebarController, type Requester, type SidebarController } from '../../lib/content/controller';
import type { MailProvider, OpenThread } from '../../lib/providers/types';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { analyzeTone } from '../../lib/tone';
import { button, click, findButton, waitFor } from '../dashboard/dom';

const ANGRY = 'This is the third outage this month and you promised a fix by Friday. Nothing happened. We will look at other vendors.';

const THREAD: OpenThread = {
  provider: 'gmail',
  threadId: 't1',
  subject: 'Outage',
  userAddress: 'dana@northwind.studio',
  analysedFrom: null,
  userReplies: [],
  messages: [],
  analysed: {
    id: 'm1',
    from: { name: 'Maria Keller', address: 'maria@acme-corp.com' },
    recipients: [],
    subject: 'Outage',
    sentAt: '2026-11-25T09:00:00Z',
    dateText: '',
    text: ANGRY,
    state: 'ok',
    attachments: [],
    byUser: false,
    forwarded: null,
  },
};

function controllerWithBackend() {
  const dismissed = new Set<string>();
  const request = vi.fn(async (type: string, payload: { text?: string; threadId?: string }) => {
    if (type === 'tone:analyze') return analyzeTone(payload.text ?? '');
    if (type === 'case:for-sender') return null;
    if (type === 'thread:record') return { ok: true, dismissed: dismissed.has(payload.threadId ?? '') };
    if (type === 'threads:flags') return dismissed.has('t1') ? [{ threadId: 't1', dismissed: true }] : [];
    if (type === 'thread:dismiss') dismissed.add(payload.threadId ?? '');
    if (type === 'thread:undismiss') dismissed.delete(payload.threadId ?? '');
    return { ok: true };
  }) as unknown as Requester;
  const provider = {
    id: 'gmail',
    label: 'Gmail',
    currentView: () => 'thread',
    readThread: () => ({ ok: true, value: THREAD }),
    waitForThread: async () => ({ ok: true, value: THREAD }),
  } as unknown as MailProvider;
  return { controller: createSidebarController({ provider, request, settings: () => DEFAULT_SETTINGS }), dismissed };
}

function Harness({ controller }: { controller: SidebarController }) {
  const [state, setState] = useState(controller.state);
  useLayoutEffect(() => controller.subscribe(setState), [controller]);
  const actions: SidebarActions = {
    loadDraft: async () => '',
    insertReply: async () => undefined,
    logUpdate: async () => undefined,
    openCase: async () => undefined,
    dismiss: () => controller.dismiss(),
    undismiss: () => controller.undismiss(),
    escalate: async () => undefined,
    openDashboard: () => undefined,
    openThread: () => undefined,
  };
  return <Sidebar state={state} theme="light" notice={null} draftOptions={controller.draftOptions()} actions={actions} attention={[]} coach={null} />;
}

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

async function mount() {
  const backend = controllerWithBackend();
  await backend.controller.refresh();
  root = document.body.appendChild(document.createElement('div'));
  await act(() => render(<Harness controller={backend.controller} />, root!));
  return { ...backend, root };
}

const toggle = (el: ParentNode) => el.querySelector<HTMLButtonElement>('.cr-toggle')!;
const dot = (el: ParentNode) => el.querySelector('.cr-dot')!;

describe('"Not a complaint" in the sidebar', () => {
  it('shows the dismissal with Undo, takes the alarm colour off the header, and Undo brings the flag back', async () => {
    const { root: el, dismissed } = await mount();
    const level = el.querySelector('[data-cr="tone"]')!.getAttribute('data-level');
    expect(level).toMatch(/^(upset|escalation)$/);
    expect(dot(el).classList.contains(`cr-dot-${level}`)).toBe(true);
    expect(toggle(el).getAttribute('aria-label')).toMatch(/^Client Rescue: (Upset|Escalation risk)$/);
    expect(el.querySelector('.cr-flag')?.textContent).toMatch(/^Flagged/);

    const notComplaint = button(el, 'Not a complaint');
    notComplaint.focus();
    await click(notComplaint);
    const undo = await waitFor(() => findButton(el, 'Undo'));
    expect(dismissed.has('t1')).toBe(true);
    expect(el.querySelector('[data-cr="dismissed"]')?.textContent).toContain('You marked this thread as not a complaint.');
    // Undo is named with what it undoes, and takes the focus the pressed button had.
    expect(el.querySelector(`#${undo.getAttribute('aria-describedby')}`)?.textContent).toBe('You marked this thread as not a complaint.');
    await waitFor(() => document.activeElement === undo);
    expect(dot(el).classList.contains('cr-dot-dismissed')).toBe(true);
    expect(toggle(el).getAttribute('aria-label')).toBe('Client Rescue: not a complaint');
    expect(el.querySelector('.cr-flag')).toBeNull();
    expect(findButton(el, 'Not a complaint')).toBeNull();
    // The tone card still says what the analyser found.
    expect(el.querySelector('[data-cr="tone"]')!.getAttribute('data-level')).toBe(level);

    await click(undo);
    const again = await waitFor(() => findButton(el, 'Not a complaint'));
    expect(dismissed.has('t1')).toBe(false);
    await waitFor(() => document.activeElement === again);
    expect(findButton(el, 'Undo')).toBeNull();
    expect(el.querySelector('[data-cr="dismissed"]')).toBeNull();
    expect(dot(el).classList.contains(`cr-dot-${level}`)).toBe(true);
    expect(el.querySelector('.cr-flag')?.textContent).toMatch(/^Flagged/);
  });

  it('names the show/hide button by its state when collapsed to the dot', async () => {
    const { root: el } = await mount();
    expect(toggle(el).getAttribute('aria-expanded')).toBe('true');
    await click(toggle(el));
    expect(toggle(el).getAttribute('aria-expanded')).toBe('false');
    // Nothing but the dot is drawn inside: the name must come from the button itself.
    expect(toggle(el).textContent).toBe('');
    expect(toggle(el).getAttribute('aria-label')).toMatch(/^Client Rescue: (Upset|Escalation risk)$/);
    expect(el.querySelector('.cr-dot')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows a thread marked on an earlier visit as not a complaint from its first paint, never flagged first', async () => {
    const { controller, dismissed } = controllerWithBackend();
    dismissed.add('t1');
    const seen: boolean[] = [];
    controller.subscribe((state) => {
      if (state.kind === 'analysed') seen.push(state.dismissed);
    });
    await controller.refresh();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every(Boolean)).toBe(true);
  });
});
