import type { ActionStatus, PlanAction } from '../../lib/cases/types';
import { ACTION_STATUS_LABEL } from '../../lib/dashboard/labels';
import { formatDay } from '../../lib/dashboard/format';
import { Button } from '../ui/Button';

interface Props {
  actions: PlanAction[];
  onMove(id: string, status: ActionStatus): void;
}

const COLUMNS: ActionStatus[] = ['todo', 'doing', 'done'];

/** The plan's actions by status; buttons (not drag and drop) move them, so the keyboard can too. */
export function ExecutionBoard({ actions, onMove }: Props) {
  return (
    <section class="cr-card" aria-labelledby="board-heading">
      <h2 id="board-heading">Execution</h2>
      {actions.length === 0 ? (
        <p class="cr-muted">Add actions to the plan to track them here.</p>
      ) : (
        <div class="cr-board">
          {COLUMNS.map((status, col) => {
            const inColumn = actions.filter((a) => a.status === status);
            return (
              <section key={status} class="cr-board-col" aria-label={ACTION_STATUS_LABEL[status]}>
                <h3>
                  {ACTION_STATUS_LABEL[status]} ({inColumn.length})
                </h3>
                <ul>
                  {inColumn.map((a) => (
                    <li key={a.id} class="cr-board-card">
                      <span>{a.action}</span>
                      <span class="cr-muted">
                        {a.owner === 'us' ? 'Us' : 'Client'}
                        {a.due ? ` · by ${formatDay(a.due)}` : ''}
                        {a.quickWin ? ' · quick win' : ''}
                      </span>
                      <div class="cr-row">
                        {col > 0 && (
                          <Button onClick={() => onMove(a.id, COLUMNS[col - 1])} aria-label={`Move "${a.action}" back to ${ACTION_STATUS_LABEL[COLUMNS[col - 1]]}`}>
                            ←
                          </Button>
                        )}
                        {col < COLUMNS.length - 1 && (
                          <Button onClick={() => onMove(a.id, COLUMNS[col + 1])} aria-label={`Move "${a.action}" to ${ACTION_STATUS_LABEL[COLUMNS[col + 1]]}`}>
                            {col === 0 ? 'Start' : 'Done'}
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
