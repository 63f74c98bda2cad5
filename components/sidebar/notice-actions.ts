import { i18n } from '../../lib/content/page-i18n';
import type { SidebarActions } from './Sidebar';
import { errorMessage } from '../../lib/error-message';

/**
 * The sidebar's actions, each saying on the notice line how it went. The sidebar's buttons and the
 * keyboard shortcuts drop the promise an action returns, so a failure is said here or nowhere; and a
 * shortcut pressed with the focus in the mail page is confirmed where a screen reader hears it.
 */
export function withNotices(actions: SidebarActions, say: (text: string) => void): SidebarActions {
  const reported = (action: () => Promise<void>, failed: (why: string) => string, done?: () => string) => async () => {
    try {
      await action();
      if (done) say(done());
    } catch (error) {
      say(failed(errorMessage(error)));
    }
  };
  return {
    ...actions,
    openCase: reported(actions.openCase, (why) => i18n.t('sidebar.notices.openFailed', [why]), () => i18n.t('sidebar.notices.caseSaved')),
    escalate: reported(actions.escalate, (why) => i18n.t('sidebar.notices.escalateFailed', [why]), () => i18n.t('sidebar.notices.escalated')),
    dismiss: reported(actions.dismiss, (why) => i18n.t('sidebar.notices.dismissFailed', [why])),
    undismiss: reported(actions.undismiss, (why) => i18n.t('sidebar.notices.undismissFailed', [why])),
  };
}
