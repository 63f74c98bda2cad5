/** Renders rows as a fixed-width console table or as a markdown table for the README. */
import type { Row } from './result';

export function formatValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (unit === 'B') return value >= 1024 ? `${(value / 1024).toFixed(1)} KB` : `${value} B`;
  if (unit === 'MB') return `${value.toFixed(2)} MB`;
  if (unit === 'ms') return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
  return `${Number.isInteger(value) ? value : value.toFixed(2)}${unit ? ` ${unit}` : ''}`;
}

function cells(row: Row): string[] {
  const baseline = row.baseline ? `${formatValue(row.baseline.value, row.unit)} (${row.baseline.label})` : '';
  const ratio = row.ratio === null || row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`;
  const met = row.met === true ? 'yes' : row.met === false ? 'NO' : '';
  return [row.section, row.metric, formatValue(row.value, row.unit), baseline, ratio, row.target?.label ?? '', met];
}

const HEADERS = ['section', 'metric', 'value', 'baseline', 'ratio', 'target', 'met?'];

export function textTable(rows: readonly Row[]): string {
  const body = rows.map(cells);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(HEADERS), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function markdownTable(rows: readonly Row[]): string {
  const escape = (c: string) => c.replace(/\|/g, '\\|');
  const line = (r: string[]) => `| ${r.map(escape).join(' | ')} |`;
  return [line(HEADERS), line(HEADERS.map(() => '---')), ...rows.map((r) => line(cells(r)))].join('\n');
}
