/** The one shape every section reports in: a row of the printed table and of results.json. */

export interface Target {
  /** Upper bound; every target in issue 9 is "at most". */
  max: number;
  /** What the bound applies to: the measured value, or the ratio to the baseline. */
  on: 'value' | 'ratio';
  /** As written in the issue, for the table (e.g. "≤ 30 KB gzip"). */
  label: string;
}

export interface Row {
  section: string;
  metric: string;
  value: number | null;
  unit: string;
  /** Same measurement of the baseline in the same run (AFINN, no extension, …). */
  baseline?: { label: string; value: number | null };
  ratio?: number | null;
  target?: Target;
  /** Null when there is no target or nothing to judge (value missing). */
  met?: boolean | null;
  /** Sample count and anything a reader needs to trust the figure. */
  note?: string;
  /** Raw samples or extra figures, for results.json only. */
  detail?: unknown;
}

/** Fills in `met` from the target; the bench reports misses, it never fails on them. */
export function judge(row: Row): Row {
  if (!row.target) return { ...row, met: null };
  const subject = row.target.on === 'ratio' ? row.ratio : row.value;
  return { ...row, met: subject === null || subject === undefined || !Number.isFinite(subject) ? null : subject <= row.target.max };
}

export interface SectionError {
  section: string;
  message: string;
}
