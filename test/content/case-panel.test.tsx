// @vitest-environment jsdom
/** The sidebar's open-case line reads as a sentence whatever the update clock says. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { CasePanel } from '../../components/sidebar/CasePanel';
import type { CaseSummary } from '../../lib/messaging/protocol';

const CASE: CaseSummary = {
  caseId: 'c1',
  title: 'Acme: outage',
  clientName: 'Acme',
  step: 'plan',
  nextUpdateDue: '2099-01-02T09:00:00Z',
  dueState: 'ok',
  openIssues: [],
  escalatedAt: null,
};

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

function statusLine(openCase: CaseSummary): string {
  const noop = () => {};
  act(() => {
    render(<CasePanel openCase={openCase} flagged dismissed={false} busy={false} onOpenCase={noop} onDismiss={noop} onUndismiss={noop} onEscalate={noop} onOpenDashboard={noop} />, root);
  });
  return root.querySelector('[data-cr="case-summary"] p:nth-of-type(2)')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('the open case in the sidebar', () => {
  it('says when the next update is due', () => {
    expect(statusLine(CASE)).toMatch(/^Step: Plan · update due /);
  });

  it('says plainly that no update is scheduled, not "update no update scheduled"', () => {
    const line = statusLine({ ...CASE, nextUpdateDue: null });
    expect(line).toBe('Step: Plan · no update scheduled');
  });

  it('says the clock is paused while waiting on the client', () => {
    expect(statusLine({ ...CASE, dueState: 'paused' })).toBe('Step: Plan · update paused (waiting on client)');
  });
});
