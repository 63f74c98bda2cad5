// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ToneChart } from '../../components/dashboard/ToneChart';
import type { LinkedMessage } from '../../lib/cases/types';
import type { ToneLevel } from '../../lib/tone/types';
import { useContainer } from '../support/container';

const getContainer = useContainer();

function message(id: string, level: ToneLevel): LinkedMessage {
  const at = '2026-11-20T09:00:00.000Z';
  return {
    id, createdAt: at, updatedAt: at, caseId: 'c1', provider: 'gmail', threadId: 't1', messageId: id,
    subject: 'Third outage', sentAt: at, level, score: 80, fromAddress: 'maria@acme.example',
  } as LinkedMessage;
}

describe("the case page's tone chart", () => {
  it('counts one message as one message, and more in the plural', () => {
    render(<ToneChart messages={[message('m1', 'escalation')]} />, getContainer());
    expect(getContainer().textContent).toContain('1 message; latest escalation risk.');
    render(<ToneChart messages={[message('m1', 'escalation'), message('m2', 'upset')]} />, getContainer());
    expect(getContainer().textContent).toContain('2 messages; latest upset.');
  });
});
