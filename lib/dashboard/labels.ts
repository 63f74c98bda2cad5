/** Words the dashboard shows for stored values. */
import { i18n } from '#i18n';
import type { ActionStatus, CaseOutcome, IssueStatus, UpdateChannel } from '../cases/types';

// Getters: each word is looked up when shown, from locales/en.yml through the browser's i18n.

export { LEVEL_LABEL } from '../content/level-label';

export const OUTCOME_LABEL: Record<CaseOutcome, string> = {
  get open() {
    return i18n.t('dashboard.outcome.open');
  },
  get resolved() {
    return i18n.t('dashboard.outcome.resolved');
  },
  get lost() {
    return i18n.t('dashboard.outcome.lost');
  },
};

export const ISSUE_STATUS_LABEL: Record<IssueStatus, string> = {
  get open() {
    return i18n.t('dashboard.issueStatus.open');
  },
  get 'in-progress'() {
    return i18n.t('dashboard.issueStatus.inProgress');
  },
  get resolved() {
    return i18n.t('dashboard.issueStatus.resolved');
  },
};

export const ACTION_STATUS_LABEL: Record<ActionStatus, string> = {
  get todo() {
    return i18n.t('dashboard.actionStatus.todo');
  },
  get doing() {
    return i18n.t('dashboard.actionStatus.doing');
  },
  get done() {
    return i18n.t('dashboard.actionStatus.done');
  },
};

export const CHANNEL_LABEL: Record<UpdateChannel, string> = {
  get email() {
    return i18n.t('dashboard.channel.email');
  },
  get call() {
    return i18n.t('dashboard.channel.call');
  },
  get meeting() {
    return i18n.t('dashboard.channel.meeting');
  },
  get chat() {
    return i18n.t('dashboard.channel.chat');
  },
  get other() {
    return i18n.t('dashboard.channel.other');
  },
};
