import { i18n } from '#i18n';
import type { CaseListItem } from '../../lib/cases/case-list';
import { dueText } from '../../lib/dashboard/format';
import { formatRoute } from '../../lib/dashboard/route';
import { STEP_LABEL } from '../../lib/dashboard/steps';
import { LEVEL_LABEL, OUTCOME_LABEL } from '../../lib/dashboard/labels';
import { useDashboard } from './dashboard-context';

interface Props {
  item: CaseListItem;
  now: Date;
}

/**
 * One case in the list: a plain link to the case's address, so Enter, click, middle-click and
 * "open in new tab" all work and the page follows the hash. `data-cr="case-row"` is what the
 * browser tests find.
 */
export function CaseRow({ item, now }: Props) {
  const c = item.case;
  const { settings } = useDashboard();
  const due = dueText(c, now, settings.working);
  const outcome = c.outcome === 'open' ? STEP_LABEL[c.step] : OUTCOME_LABEL[c.outcome];
  return (
    <li>
      <a
        class="cr-case-row"
        data-cr="case-row"
        href={formatRoute({ caseId: c.id, draft: null })}
      >
        <span class="cr-case-client">{item.client?.name ?? i18n.t('dashboard.row.unknownClient')}</span>
        <span class="cr-case-title">{c.title}</span>
        <span class="cr-case-step">{outcome}</span>
        <span class={`cr-case-severity cr-level-${c.severity}`}>{LEVEL_LABEL[c.severity]}</span>
        <span class={due.overdue ? 'cr-case-due cr-overdue' : 'cr-case-due'}>{due.text}</span>
        <span class="cr-case-issues">{i18n.t('dashboard.row.openIssues', item.openIssues)}</span>
      </a>
    </li>
  );
}
