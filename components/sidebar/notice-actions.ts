import { i18n } from '../../lib/content/page-i18n';
import type { SidebarActions } from './Sidebar';
import type { OpenedCase } from '../../lib/content/sidebar-state';
import { errorMessage } from '../../lib/error-message';

/** Says how many issues went into the case, so "Add this message's issues" never looks like it did nothing. */
function caseNotice({ created, issuesAdded }: OpenedCase): string {
  if (created) return i18n.t('sidebar.notices.caseSaved', issuesAdded, [String(issuesAdded)]);
  return issuesAdded > 0 ? i18n.t('sidebar.notices.issuesAdded', issuesAdded, [String(issuesAdded)]) : i18n.t('sidebar.notices.noNewIssues');
}

/** The actions as the controller does them: opening a case says what it did. */
export type ReportingActions = Omit<SidebarActions, 'openCase'> & { openCase(): Promise<OpenedCase> };

/**
 * The sidebar's actions, each saying on the notice line how it went. The sidebar's buttons and the
 * keyboard shortcuts drop the promise an action returns, so a failure is said here or nowhere; and a
 * shortcut pressed with the focus in the mail page is confirmed where a screen reader hears it.
 */
export function withNotices(actions: ReportingActions, say: (text: string) => void): SidebarActions {
  const reported = <T>(action: () => Promise<T>, failed: (why: string) => string, done?: (result: T) => string) => async () => {
    try {
      const result = await action();
      if (done) say(done(result));
    } catch (error) {
      say(failed(errorMessage(error)));
    }
  };
  return {
    ...actions,
    openCase: reported(actions.openCase, (why) => i18n.t('sidebar.notices.openFailed', [why]), caseNotice),
    escalate: reported(actions.escalate, (why) => i18n.t('sidebar.notices.escalateFailed', [why]), () => i18n.t('sidebar.notices.escalated')),
    dismiss: reported(actions.dismiss, (why) => i18n.t('sidebar.notices.dismissFailed', [why])),
    undismiss: reported(actions.undismiss, (why) => i18n.t('sidebar.notices.undismissFailed', [why])),
  };
}
