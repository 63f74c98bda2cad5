import { describe, expect, it } from 'vitest';
import type { Attention } from '../../lib/content/attention';
import { answerTabRequest, isTabRequest } from '../../lib/content/tab-requests';

const item: Attention = {
  threadId: 't1',
  subject: 'Still broken',
  sender: 'Maria',
  level: 'upset',
  preliminary: false,
  caseOpen: false,
  overdue: false,
  why: 'upset',
  label: 'Client Rescue: upset',
  urgency: 20,
};

describe('popup requests to the mail tab', () => {
  const opened: string[] = [];
  const tab = { attention: () => [item], openThread: (id: string) => (opened.push(id), id === 't1') };

  it('answers the attention list with only what the popup shows', () => {
    expect(answerTabRequest({ crTab: 'attention' }, tab)).toEqual([
      { threadId: 't1', subject: 'Still broken', sender: 'Maria', level: 'upset', label: 'Client Rescue: upset' },
    ]);
  });

  it('opens a thread it is asked to, and says whether it could', () => {
    expect(answerTabRequest({ crTab: 'open-thread', threadId: 't1' }, tab)).toEqual({ opened: true });
    expect(answerTabRequest({ crTab: 'open-thread', threadId: 'gone' }, tab)).toEqual({ opened: false });
    expect(opened).toEqual(['t1', 'gone']);
  });

  it('ignores everything else, including malformed requests', () => {
    for (const message of [null, 'attention', { crTab: 'drop' }, { crTab: 'open-thread' }, { crTab: 'open-thread', threadId: '' }, { crCommand: 'open-case' }]) {
      expect(isTabRequest(message)).toBe(false);
      expect(answerTabRequest(message, tab)).toBeUndefined();
    }
  });
});
