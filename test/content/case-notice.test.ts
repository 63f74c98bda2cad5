/** "Open rescue case" and "Add this message's issues" say how many issues went into the case. */
import { describe, expect, it } from 'vitest';
import { withNotices, type ReportingActions } from '../../components/sidebar/notice-actions';
import type { OpenedCase } from '../../lib/content/sidebar-state';

async function noticeAfter(opened: OpenedCase): Promise<string[]> {
  const said: string[] = [];
  const unused = async () => undefined;
  const actions: ReportingActions = {
    loadDraft: async () => '',
    insertReply: unused,
    logUpdate: unused,
    openCase: async () => opened,
    dismiss: unused,
    undismiss: unused,
    escalate: unused,
    openDashboard: () => undefined,
    openThread: () => undefined,
  };
  await withNotices(actions, (text) => said.push(text)).openCase();
  return said;
}

describe('the notice after opening a case', () => {
  it('counts the issues a new case starts with', async () => {
    expect(await noticeAfter({ created: true, issuesAdded: 3 })).toEqual(['Rescue case saved with 3 issues from this message. Edit them and the plan in the dashboard.']);
    expect(await noticeAfter({ created: true, issuesAdded: 1 })).toEqual(['Rescue case saved with 1 issue from this message. Edit it and the plan in the dashboard.']);
    expect(await noticeAfter({ created: true, issuesAdded: 0 })).toEqual(['Rescue case saved. Write down its issues and plan in the dashboard.']);
  });

  it('says what a message added to the open case, or that it added nothing new', async () => {
    expect(await noticeAfter({ created: false, issuesAdded: 2 })).toEqual(['Added 2 new issues from this message to the open case.']);
    expect(await noticeAfter({ created: false, issuesAdded: 0 })).toEqual(['No new issues: the open case already has every issue in this message.']);
  });
});
