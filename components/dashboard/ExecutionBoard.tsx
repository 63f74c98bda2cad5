import { i18n } from '#i18n';
import type { ActionStatus, PlanAction } from '../../lib/cases/types';
import { ACTION_STATUS_LABEL } from '../../lib/dashboard/labels';
import { formatDay } from '../../lib/dashboard/format';
import { useRef } from 'preact/hooks';
import { Button } from '../ui/Button';
import { useRefocus } from './use-refocus';

interface Props {
  actions: PlanAction[];
  onMove(id: string, status: ActionStatus): void;
}

const COLUMNS: ActionStatus[] = ['todo', 'doing', 'done'];

/** The plan's actions by status; buttons (not drag and drop) move them, so the keyboard can too. */
export function ExecutionBoard({ actions, onMove }: Props) {
  const board = useRef<HTMLElement>(null);
  const refocus = useRefocus();
  // The card is drawn again in its new column: the focus follows it, onto its forward button there.
  const move = (id: string, status: ActionStatus) => {
    refocus(() => {
      const card = [...(board.current?.querySelectorAll<HTMLElement>('[data-action]') ?? [])].find((el) => el.dataset.action === id);
      return [...(card?.querySelectorAll<HTMLElement>('button') ?? [])].at(-1);
    });
    onMove(id, status);
  };
  return (
    <section class="cr-card" aria-labelledby="board-heading" ref={board}>
      <h2 id="board-heading">{i18n.t('dashboard.board.heading')}</h2>
      {actions.length === 0 ? (
        <p class="cr-muted">{i18n.t('dashboard.board.empty')}</p>
      ) : (
        <div class="cr-board">
          {COLUMNS.map((status, col) => {
            const inColumn = actions.filter((a) => a.status === status);
            return (
              <section key={status} class="cr-board-col" aria-label={ACTION_STATUS_LABEL[status]}>
                <h3>{i18n.t('dashboard.board.column', [ACTION_STATUS_LABEL[status], inColumn.length])}</h3>
                <ul>
                  {inColumn.map((a) => (
                    <li key={a.id} class="cr-board-card" data-action={a.id}>
                      <span>{a.action}</span>
                      <span class="cr-muted">
                        {a.owner === 'us' ? i18n.t('dashboard.board.us') : i18n.t('dashboard.board.client')}
                        {a.due ? ` · ${i18n.t('dashboard.board.by', [formatDay(a.due)])}` : ''}
                        {a.quickWin ? ` · ${i18n.t('dashboard.board.quickWin')}` : ''}
                      </span>
                      <div class="cr-row">
                        {col > 0 && (
                          <Button
                            onClick={() => move(a.id, COLUMNS[col - 1])}
                            aria-label={i18n.t('dashboard.board.moveBack', [a.action, ACTION_STATUS_LABEL[COLUMNS[col - 1]]])}
                          >
                            ←
                          </Button>
                        )}
                        {col < COLUMNS.length - 1 && (
                          <Button
                            onClick={() => move(a.id, COLUMNS[col + 1])}
                            aria-label={i18n.t('dashboard.board.moveTo', [a.action, ACTION_STATUS_LABEL[COLUMNS[col + 1]]])}
                          >
                            {col === 0 ? i18n.t('dashboard.board.start') : i18n.t('dashboard.board.done')}
                          </Button>
                        )}
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
