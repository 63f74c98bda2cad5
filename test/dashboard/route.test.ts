import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../lib/dashboard/route';

describe('dashboard address', () => {
  it('reads the case and the draft to show', () => {
    expect(parseRoute('')).toEqual({ caseId: null, draft: null });
    expect(parseRoute('#case=abc-123')).toEqual({ caseId: 'abc-123', draft: null });
    expect(parseRoute('#case=abc-123&draft=status')).toEqual({ caseId: 'abc-123', draft: 'status' });
    expect(parseRoute('#case=abc&draft=other')).toEqual({ caseId: 'abc', draft: null });
  });

  it('round-trips ids that need escaping', () => {
    const route = { caseId: 'a b&c=d', draft: 'status' as const };
    expect(parseRoute(formatRoute(route))).toEqual(route);
    expect(formatRoute({ caseId: null, draft: null })).toBe('');
  });
});
