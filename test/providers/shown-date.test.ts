import { describe, expect, it } from 'vitest';
import { parseShownDate } from '../../lib/providers/shared/shown-date';

describe('parseShownDate', () => {
  const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).toISOString();

  it('reads the English forms Gmail and Outlook show', () => {
    expect(parseShownDate('Tue, Nov 25, 2025, 9:14\u202fAM')).toBe(local(2025, 11, 25, 9, 14));
    expect(parseShownDate('Tue, Nov 25, 2025, 9:14 AM (2 hours ago)')).toBe(local(2025, 11, 25, 9, 14));
    expect(parseShownDate('Tue 11/25/2025 9:14 AM')).toBe(local(2025, 11, 25, 9, 14));
  });

  it('reads unambiguous numeric forms of other locales', () => {
    expect(parseShownDate('Di 25.11.2025 09:14')).toBe(local(2025, 11, 25, 9, 14));
    expect(parseShownDate('2025-11-25 09:14')).toBe(local(2025, 11, 25, 9, 14));
  });

  it('returns null rather than guessing', () => {
    expect(parseShownDate('mar. 25/11/2025 09:14')).toBeNull();
    expect(parseShownDate('05/11/2025 09:14')).toBeNull();
    expect(parseShownDate('31.02.2025 10:00')).toBeNull();
    expect(parseShownDate('')).toBeNull();
    expect(parseShownDate(null)).toBeNull();
  });
});
