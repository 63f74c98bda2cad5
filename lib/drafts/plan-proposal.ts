/** The plan: each issue with its actions, owners on both sides and dates, quick win first, and how we'll know it's fixed. */
import type { CaseIssue, PlanAction } from '../cases/types';
import { inline, issueText, letter } from './compose';
import { commitmentLine, orderedActions, orderedIssues, ownerLabel } from './case-view';
import { formatDay } from './dates';
import { t } from './texts';
import type { CaseDraftInput, Draft, DraftPeople, DraftVariant } from './types';

export interface PlanProposalInput extends CaseDraftInput, DraftPeople {
  /** When the client gets the first status update; defaults to the case's nextUpdateDue. */
  nextUpdateAt?: Date | string | null;
}

/** Quick wins lead, so the client sees something fixed early; otherwise the planned order stands. */
function quickWinsFirst<T>(rows: T[], isQuick: (row: T) => boolean): T[] {
  return [...rows.filter(isQuick), ...rows.filter((row) => !isQuick(row))];
}

/** Lines under a numbered issue line up with its text. */
const NESTED = '   ';

function actionLine(action: PlanAction, tz: string): string {
  const test = inline(action.doneWhen ?? '');
  return t(action.quickWin ? 'plan.quickWin' : 'plan.action', {
    action: inline(action.action),
    owner: ownerLabel(action),
    date: formatDay(action.due, tz),
    doneWhen: test ? t('plan.doneWhen', { test }) : '',
  });
}

function issueBlock(number: number, statement: string, actionLines: string[], test: string): string {
  const nested = [...actionLines, t('plan.resolvedWhen', { test })].map((line) => NESTED + line);
  return [`${number}. ${issueText(statement)}`, ...nested].join('\n');
}

export function planProposalDraft(input: PlanProposalInput, variant: DraftVariant): Draft {
  const full = variant === 'full';
  const tz = input.settings.working.timeZone;
  const actions = quickWinsFirst(orderedActions(input.actions), (a) => a.quickWin);
  const issues = orderedIssues(input);
  const issueIds = new Set(issues.map((issue) => issue.id));
  const actionsOf = (issue: CaseIssue): PlanAction[] => actions.filter((a) => a.issueId === issue.id);
  const sortedIssues = quickWinsFirst(issues, (issue) => actionsOf(issue).some((a) => a.quickWin));
  const loose = actions.filter((a) => a.issueId === null || !issueIds.has(a.issueId));

  const missingTest = t('plan.resolvedWhenMissing');
  const issueBlocks = sortedIssues.map((issue, i) => {
    const lines = actionsOf(issue).map((a) => actionLine(a, tz));
    return issueBlock(i + 1, inline(issue.statement), lines.length > 0 ? lines : [t('plan.actionMissing')], inline(issue.resolvedWhen) || missingTest);
  });
  const issueList = issueBlocks.join('\n\n') || issueBlock(1, t('followUp.issues.none'), [t('plan.actionMissing')], missingTest);
  const looseList = loose.length > 0 && [t('plan.other'), ...loose.map((a) => actionLine(a, tz))].join('\n');
  // A quick win with no issue of its own would otherwise sit at the bottom, defeating "quick win first".
  const looseFirst = loose.some((a) => a.quickWin) && !sortedIssues.some((issue) => actionsOf(issue).some((a) => a.quickWin));

  const body = letter(input, [
    t(full ? 'plan.intro.full' : 'plan.intro.short'),
    looseFirst && looseList,
    issueList,
    !looseFirst && looseList,
    full && commitmentLine(input.commitment),
    full && t('plan.updates', { date: formatDay(input.nextUpdateAt ?? input.case.nextUpdateDue, tz) }),
    t('plan.agree'),
  ]);
  return { kind: 'plan-proposal', variant, subject: t('plan.subject'), body };
}
