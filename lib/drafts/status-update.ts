/** A status update from the case: done since last time, in progress, next, and when the next update comes. */
import type { PlanAction } from '../cases/types';
import { inline, issueText, letter, numbered } from './compose';
import { lastUpdateTime, orderedActions, orderedIssues } from './case-view';
import { formatDay, isPast, toDate } from './dates';
import { t } from './texts';
import type { CaseDraftInput, Draft, DraftPeople, DraftVariant } from './types';

export interface StatusUpdateInput extends CaseDraftInput, DraftPeople {
  now: Date;
  /** When the client gets the update after this one (lib/nudges computes it from the cadence); null leaves `[date]`. */
  nextUpdateAt: Date | string | null;
  /** When this update was due; defaults to the case's nextUpdateDue. Past `now` means the draft owns up to being late. */
  dueAt?: Date | string | null;
}

/** The short variant keeps the next steps to the nearest few; the full plan is one click away in the case. */
const SHORT_NEXT_STEPS = 3;

function dueTime(action: PlanAction): number {
  return toDate(action.due)?.date.getTime() ?? Number.POSITIVE_INFINITY;
}

/** Done since the last update; with no update yet, everything done counts. An undated "done" is only new then too. */
function doneSince(actions: PlanAction[], since: number | null): PlanAction[] {
  return actions.filter((a) => {
    if (a.status !== 'done') return false;
    if (since === null) return true;
    const doneAt = toDate(a.doneAt)?.date.getTime();
    return doneAt !== undefined && doneAt > since;
  });
}

function section(heading: string, lines: string[]): string | null {
  return lines.length > 0 ? [heading, ...lines].join('\n') : null;
}

export function statusUpdateDraft(input: StatusUpdateInput, variant: DraftVariant): Draft {
  const full = variant === 'full';
  const tz = input.settings.working.timeZone;
  const actions = orderedActions(input.actions);
  const ours = actions.filter((a) => a.owner === 'us');
  const theirs = actions.filter((a) => a.owner === 'client' && a.status !== 'done');
  const dueAt = input.dueAt === undefined ? input.case.nextUpdateDue : input.dueAt;
  const late = isPast(dueAt, input.now);

  const item = (a: PlanAction): string => t('status.item', { action: inline(a.action) });
  const itemDue = (a: PlanAction): string =>
    a.due ? t('status.itemDue', { action: inline(a.action), date: formatDay(a.due, tz) }) : item(a);

  const done = doneSince(actions, lastUpdateTime(input));
  const doing = ours.filter((a) => a.status === 'doing');
  const next = ours.filter((a) => a.status === 'todo').sort((a, b) => dueTime(a) - dueTime(b));
  const issues = orderedIssues(input);

  const body = letter(input, [
    late && t('status.overdue', { date: formatDay(dueAt, tz) }),
    // Thanks first, in both lengths: a client being rescued is owed that before the list.
    t(full ? 'status.intro' : 'status.introShort'),
    // An empty "done" is said plainly rather than hidden: the client notices silence more than bad news.
    done.length > 0 ? section(t('status.done'), done.map(item)) : actions.length > 0 ? t('status.doneNone') : section(t('status.done'), [t('status.nothingYet')]),
    section(t('status.progress'), doing.map(itemDue)),
    section(t('status.next'), (full ? next : next.slice(0, SHORT_NEXT_STEPS)).map(itemDue)),
    section(t('status.waiting'), theirs.map(itemDue)),
    full &&
      issues.length > 0 &&
      `${t('status.overview')}\n${numbered(
        issues.map((issue) => t('status.overviewItem', { statement: issueText(issue.statement), status: t(`issueStatus.${issue.status}`) })),
      )}`,
    t('status.nextUpdate', { date: formatDay(input.nextUpdateAt, tz) }),
  ]);
  const title = inline(input.case.title);
  const subject = title ? t('status.subject', { title }) : t('status.subjectUntitled');
  return { kind: 'status-update', variant, subject, body };
}
