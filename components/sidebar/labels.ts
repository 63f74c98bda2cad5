/** Words the sidebar shows for analyser values. */
import { i18n } from '../../lib/content/page-i18n';
import type { CaseSummary } from '../../lib/messaging/protocol';
import type { SignalCategory } from '../../lib/tone/types';

// Getters: each word is looked up when shown, from locales/en.yml through the browser's i18n.

export { LEVEL_LABEL } from '../../lib/content/level-label';

export const CATEGORY_LABEL: Record<SignalCategory, string> = {
  get 'broken-promise'() {
    return i18n.t('sidebar.categories.brokenPromise');
  },
  get 'repeat-failure'() {
    return i18n.t('sidebar.categories.repeatFailure');
  },
  get frustration() {
    return i18n.t('sidebar.categories.frustration');
  },
  get urgency() {
    return i18n.t('sidebar.categories.urgency');
  },
  get 'churn-threat'() {
    return i18n.t('sidebar.categories.churnThreat');
  },
  get 'legal-threat'() {
    return i18n.t('sidebar.categories.legalThreat');
  },
  get 'escalation-request'() {
    return i18n.t('sidebar.categories.escalationRequest');
  },
  get blame() {
    return i18n.t('sidebar.categories.blame');
  },
  get sarcasm() {
    return i18n.t('sidebar.categories.sarcasm');
  },
  get 'polite-anger'() {
    return i18n.t('sidebar.categories.politeAnger');
  },
  get shouting() {
    return i18n.t('sidebar.categories.shouting');
  },
};

/** The open case's update clock as one phrase: "update due Mon 30 Nov, 17:00", "update paused (waiting on client)", "no update scheduled". */
export function caseUpdateText({ dueState, nextUpdateDue }: Pick<CaseSummary, 'dueState' | 'nextUpdateDue'>, now = new Date()): string {
  if (dueState === 'paused') return i18n.t('sidebar.case.update', [i18n.t('sidebar.case.paused')]);
  if (!nextUpdateDue) return i18n.t('sidebar.due.none');
  return i18n.t('sidebar.case.update', [formatDue(nextUpdateDue, now)]);
}

function formatDue(iso: string, now: Date): string {
  const due = new Date(iso);
  const opts: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  const text = due.toLocaleString(undefined, opts);
  return due.getTime() < now.getTime() ? i18n.t('sidebar.due.overdueSince', [text]) : i18n.t('sidebar.due.due', [text]);
}
