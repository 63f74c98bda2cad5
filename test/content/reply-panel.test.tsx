// @vitest-environment jsdom
/**
 * What the sidebar shows under a message, by what the analyser made of it: a calm thank-you gets one
 * line and "Draft a reply anyway" instead of a rescue draft; an unscored message says it was not read
 * for complaints; a complaint, or a client with an open case, gets the draft and "Insert reply".
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Sidebar, type SidebarActions } from '../../components/sidebar/Sidebar';
import type { CaseSummary } from '../../lib/messaging/protocol';
import type { DraftOption, SidebarState } from '../../lib/content/sidebar-state';
import { analyzeTone } from '../../lib/tone';
import { button, click, findButton, waitFor } from '../dashboard/dom';

const CALM = 'Thanks for the draft plan, it reads well.';
const GERMAN =
  'Hallo Dana, die Lieferung ist schon wieder falsch. Wir haben das jetzt zum zweiten Mal reklamiert und erwarten bis Freitag eine Gutschrift.';
const ANGRY = 'This is the third outage this month and you promised a fix by Friday. Nothing happened. We will look at other vendors.';

const OPTIONS: DraftOption[] = [
  { id: 'first-full', label: 'First response' },
  { id: 'first-short', label: 'First response (short)' },
];
const CASE_OPTIONS: DraftOption[] = [...OPTIONS, { id: 'status-update', label: 'Status update' }];
const CASE: CaseSummary = {
  caseId: 'c1',
  title: 'Draft plan',
  step: 'plan',
  nextUpdateDue: null,
  dueState: 'ok',
  openIssues: [],
  escalatedAt: null,
} as unknown as CaseSummary;

let root: HTMLElement;
let inserted: string[];
beforeEach(() => {
  root = document.body.appendChild(document.createElement('div'));
  inserted = [];
});
afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
});

const noop = async () => undefined;
function actions(): SidebarActions {
  return {
    loadDraft: async (id) => `Draft ${id}: So that I understand exactly what went wrong…`,
    // The second insert of the same text finds it already in the box, as the provider reports.
    insertReply: async (text) => (inserted.includes(text) ? 'already' : void inserted.push(text)),
    logUpdate: noop,
    openCase: noop,
    dismiss: noop,
    undismiss: noop,
    escalate: noop,
    openDashboard: () => undefined,
    openThread: () => undefined,
  } as SidebarActions;
}

function analysed(text: string, openCase: CaseSummary | null = null): SidebarState {
  const report = analyzeTone(text);
  return {
    kind: 'analysed',
    message: { senderName: 'Rui Costa', senderAddress: 'r.costa@vela-foods.pt', subject: 'Draft plan', sentAt: null, threadId: 't1', messageId: 'm1', text },
    report,
    flagged: (report.score ?? 0) >= 50,
    dismissed: false,
    openCase,
  };
}

async function show(state: SidebarState, draftOptions = OPTIONS) {
  await act(() =>
    render(<Sidebar state={state} theme="light" notice={null} draftOptions={draftOptions} actions={actions()} attention={[]} coach={null} />, root),
  );
}

const draftText = () => root.querySelector<HTMLTextAreaElement>('textarea[aria-label="Draft text"]');

describe('the reply panel', () => {
  it('folds to one line on a calm message, and "Draft a reply anyway" opens the normal panel', async () => {
    await show(analysed(CALM));
    expect(root.querySelector('[data-cr="tone"]')?.getAttribute('data-level')).toBe('calm');
    const quiet = root.querySelector('[data-cr="draft-quiet"]');
    expect(quiet?.textContent).toContain('Reads calm: no rescue reply needed.');
    expect(findButton(root, 'Insert reply')).toBeNull();
    expect(draftText()).toBeNull();
    expect(root.textContent).not.toContain('what went wrong');

    await click(button(root, 'Draft a reply anyway'));
    await waitFor(() => draftText()?.value);
    expect(root.querySelector('[data-cr="draft-quiet"]')).toBeNull();
    await waitFor(() => !button(root, 'Insert reply').disabled);
    await click(button(root, 'Insert reply'));
    await waitFor(() => inserted.length === 1);
    expect(inserted[0]).toMatch(/^Draft first-full/);
    await waitFor(() => root.textContent?.includes('Inserted into the reply.'));

    // Clicking again adds nothing and says why, instead of a second letter below the first.
    await click(button(root, 'Insert reply'));
    await waitFor(() => root.textContent?.includes('This draft is already in the reply, so nothing was added.'));
    expect(inserted).toHaveLength(1);
  });

  it('on an unscored message says it was not read for complaints, and offers no draft by default', async () => {
    await show(analysed(GERMAN));
    expect(root.querySelector('[data-cr="tone"]')?.getAttribute('data-level')).toBe('unsupported');
    expect(root.textContent).not.toContain('No specific complaint found');
    expect(root.querySelector('[data-cr="issues-not-read"]')?.textContent).toMatch(/^Not read for complaints/);
    expect(root.querySelector('[data-cr="draft-quiet"]')?.textContent).toContain('Tone not scored: no rescue reply suggested.');
    expect(findButton(root, 'Insert reply')).toBeNull();
    expect(findButton(root, 'Open rescue case')).not.toBeNull();
  });

  it('still says "No specific complaint found" on a scored message with none', async () => {
    await show(analysed(CALM));
    expect(root.textContent).toContain('No specific complaint found in this message.');
    expect(root.querySelector('[data-cr="issues-not-read"]')).toBeNull();
  });

  it('offers the draft and "Insert reply" at once on an angry message', async () => {
    await show(analysed(ANGRY));
    expect(root.querySelector('[data-cr="draft-quiet"]')).toBeNull();
    await waitFor(() => draftText()?.value);
    expect(button(root, 'Insert reply')).toBeTruthy();
  });

  it('offers the status update first on a calm message from a client with an open case', async () => {
    await show(analysed(CALM, CASE), CASE_OPTIONS);
    expect(root.querySelector('[data-cr="draft-quiet"]')).toBeNull();
    await waitFor(() => draftText()?.value);
    expect(root.querySelector('select')?.value).toBe('status-update');
    expect(draftText()?.value).toMatch(/^Draft status-update/);
    expect(button(root, 'Insert reply')).toBeTruthy();
  });
});
