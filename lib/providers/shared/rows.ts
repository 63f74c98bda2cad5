/** List rows: one odd row (an ad, a divider, a row still rendering) is skipped; none readable means the layout changed. */
import type { ListRow } from '../types';
import { SelectorMissError } from './errors';

export function readRowsSkippingOdd(rows: Element[], read: (row: Element) => ListRow): ListRow[] {
  const out: ListRow[] = [];
  for (const row of rows) {
    try {
      out.push(read(row));
    } catch (error) {
      if (!(error instanceof SelectorMissError)) throw error;
    }
  }
  if (rows.length > 0 && out.length === 0) throw new SelectorMissError('row');
  return out;
}
