/**
 * Issue 10, "messages are validated and accepted only from our own extension". Extends the router
 * test in test/background/handlers.test.ts (one foreign id, one bad type, one long address) with the
 * rest of what a hostile page or another extension could send. Handlers here are spies: the point is
 * that none of them is ever reached by anything the sender check or the schema refuses.
 */
import { describe, expect, it } from 'vitest';
import { MAX_ANALYSE_CHARS, requestSchemas, type RequestType } from '../../lib/messaging/protocol';
import { createRouter, type Handlers, type MessageSenderLike } from '../../lib/messaging/router';

const OURS = 'abcdefghijklmnopabcdefghijklmnop';

function spyHandlers() {
  const calls: { type: RequestType; payload: unknown }[] = [];
  const handlers = Object.fromEntries(
    (Object.keys(requestSchemas) as RequestType[]).map((type) => [
      type,
      (payload: unknown) => {
        calls.push({ type, payload });
        return { ok: true };
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

const VALID_OPEN_CASE = {
  sender: { name: 'Maria Keller', address: 'maria@acme-corp.com' },
  provider: 'gmail',
  threadId: 't1',
  messageId: 'm1',
  subject: 'Third outage',
  sentAt: null,
  level: 'upset',
  score: 71,
  issues: [{ statement: 'Invoice charged twice', evidence: 'Invoice 4471 was charged twice.', kind: 'specific' }],
};

describe('router: sender check (protection: sender.id must equal our extension id)', () => {
  const foreign: [string, MessageSenderLike][] = [
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzz/page.html' }],
    ['a sender with no id (a web page via externally_connectable)', { url: 'https://evil.test/', tab: { id: 3, url: 'https://evil.test/' } }],
    ['an empty id', { id: '' }],
    ['an id that only starts like ours', { id: `${OURS}x` }],
    ['our id with different case', { id: OURS.toUpperCase() }],
  ];
  it.each(foreign)('drops a perfectly valid request from %s, without calling any handler', (_name, sender) => {
    const { handlers, calls } = spyHandlers();
    const router = createRouter(handlers, { extensionId: OURS });
    const valid = { cr: 1, type: 'case:open-from-message', payload: VALID_OPEN_CASE };
    expect(router.listener(valid, sender)).toBeUndefined();
    expect(calls).toEqual([]);
    expect(router.dropped['foreign-sender']).toBe(1);
  });
});

describe('router: envelope and type (protection: cr marker and own-property type lookup)', () => {
  const notOurs: unknown[] = [null, undefined, 42, 'tone:analyze', [], { cr: '1', type: 'tone:warm', payload: {} }, { cr: true, type: 'tone:warm' }];
  it('drops anything that is not our envelope', () => {
    const { handlers, calls } = spyHandlers();
    const router = createRouter(handlers, { extensionId: OURS });
    for (const m of notOurs) expect(router.listener(m, { id: OURS })).toBeUndefined();
    expect(router.dropped['not-ours']).toBe(notOurs.length);
    expect(calls).toEqual([]);
  });

  it('drops inherited and non-string type names instead of calling them', () => {
    const { handlers, calls } = spyHandlers();
    const router = createRouter(handlers, { extensionId: OURS });
    const types: unknown[] = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 7, null, ['tone:warm'], { toString: () => 'tone:warm' }];
    for (const type of types) expect(router.listener({ cr: 1, type, payload: {} }, { id: OURS })).toBeUndefined();
    expect(router.dropped['unknown-type']).toBe(types.length);
    expect(calls).toEqual([]);
  });
});

describe('router: payload schema (protection: every field type- and size-checked before a handler runs)', () => {
  const bad: [string, RequestType, unknown][] = [
    ['no payload', 'tone:analyze', undefined],
    ['an array payload', 'tone:analyze', ['text']],
    ['a string payload', 'case:for-sender', 'maria@acme-corp.com'],
    ['analysis text one over the cap', 'tone:analyze', { text: 'a'.repeat(MAX_ANALYSE_CHARS + 1) }],
    ['a 10 MB analysis text', 'tone:analyze', { text: 'x'.repeat(10_000_000) }],
    ['a subject over 1,000 characters', 'tone:analyze', { text: 'hi', subject: 's'.repeat(1_001) }],
    ['a number as text', 'tone:analyze', { text: 42 }],
    ['a String object as text', 'tone:analyze', { text: Object('hello') }],
    ['a string as the complete flag', 'tone:analyze', { text: 'hi', complete: 'true' }],
    ['an unknown provider', 'thread:dismiss', { provider: 'yahoo', threadId: 't' }],
    ['an undo without its thread', 'thread:undismiss', { provider: 'gmail' }],
    ['an undo for a thread id over 1,000 characters', 'thread:undismiss', { provider: 'gmail', threadId: 't'.repeat(1_001) }],
    ['a level outside the list', 'case:open-from-message', { ...VALID_OPEN_CASE, level: 'furious' }],
    ['NaN as score', 'case:open-from-message', { ...VALID_OPEN_CASE, score: Number.NaN }],
    ['Infinity as score', 'case:open-from-message', { ...VALID_OPEN_CASE, score: Number.POSITIVE_INFINITY }],
    ['a score over 100', 'case:open-from-message', { ...VALID_OPEN_CASE, score: 101 }],
    ['a string score', 'case:open-from-message', { ...VALID_OPEN_CASE, score: '71' }],
    ['101 issues', 'case:open-from-message', { ...VALID_OPEN_CASE, issues: Array.from({ length: 101 }, () => VALID_OPEN_CASE.issues[0]) }],
    ['an issue with 4,001-character evidence', 'case:open-from-message', { ...VALID_OPEN_CASE, issues: [{ ...VALID_OPEN_CASE.issues[0], evidence: 'e'.repeat(4_001) }] }],
    ['a nested sender missing its address', 'case:open-from-message', { ...VALID_OPEN_CASE, sender: { name: 'Maria' } }],
    ['an address over 320 characters', 'case:for-sender', { address: `${'a'.repeat(310)}@acme-corp.com` }],
    ['201 thread ids', 'threads:flags', { provider: 'gmail', threadIds: Array.from({ length: 201 }, (_, i) => `t${i}`) }],
    ['an array-like object instead of an array', 'threads:flags', { provider: 'gmail', threadIds: { length: 1, 0: 't' } }],
    ['a reply text over 20,000 characters', 'reply:seen', { provider: 'gmail', threadId: 't', sentAt: '2026-01-01', text: 'r'.repeat(20_001) }],
    ['a boolean as a string', 'thread:record', { provider: 'gmail', threadId: 't', newestMessageId: 'm', fromAddress: 'a@b.c', subject: 's', level: null, score: null, messageAt: null, preliminary: 'false' }],
    ['a draft kind outside the list', 'dashboard:open', { caseId: 'c1', draft: 'javascript:alert(1)' }],
  ];
  it.each(bad)('refuses %s as invalid, and the handler never runs', async (_name, type, payload) => {
    const { handlers, calls } = spyHandlers();
    const router = createRouter(handlers, { extensionId: OURS });
    const answer = await router.listener({ cr: 1, type, payload }, { id: OURS });
    expect(answer).toMatchObject({ ok: false, code: 'invalid' });
    expect(router.dropped['invalid-payload']).toBe(1);
    expect(calls).toEqual([]);
  });

  it('hands the handler only the declared keys: extra and prototype-polluting keys are dropped', async () => {
    const { handlers, calls } = spyHandlers();
    const router = createRouter(handlers, { extensionId: OURS });
    const payload = JSON.parse('{"address":"maria@acme-corp.com","__proto__":{"admin":true},"constructor":{"x":1},"extra":"<img src=x onerror=alert(1)>"}');
    await expect(router.listener({ cr: 1, type: 'case:for-sender', payload }, { id: OURS })).resolves.toMatchObject({ ok: true });
    expect(calls).toHaveLength(1);
    const seen = calls[0].payload as Record<string, unknown>;
    expect(Object.keys(seen)).toEqual(['address']);
    expect(Object.getPrototypeOf(seen)).toBe(Object.prototype);
    expect((seen as { admin?: unknown }).admin).toBeUndefined();
    // Nested objects are rebuilt too, so nothing unchecked rides along inside an issue.
    await router.listener(
      { cr: 1, type: 'case:open-from-message', payload: { ...VALID_OPEN_CASE, issues: [{ ...VALID_OPEN_CASE.issues[0], html: '<script>x</script>' }] } },
      { id: OURS },
    );
    expect((calls[1].payload as typeof VALID_OPEN_CASE).issues[0]).not.toHaveProperty('html');
  });

  it('accepts the largest allowed analysis text, and counts every drop reason separately', async () => {
    const { handlers, calls } = spyHandlers();
    const router = createRouter(handlers, { extensionId: OURS });
    await expect(router.listener({ cr: 1, type: 'tone:analyze', payload: { text: 'a'.repeat(MAX_ANALYSE_CHARS) } }, { id: OURS })).resolves.toMatchObject({ ok: true });
    router.listener({ cr: 1, type: 'tone:warm', payload: {} }, { id: 'other' });
    router.listener({ type: 'tone:warm' }, { id: OURS });
    router.listener({ cr: 1, type: 'db:drop', payload: {} }, { id: OURS });
    await router.listener({ cr: 1, type: 'tone:analyze', payload: {} }, { id: OURS });
    expect(router.dropped).toEqual({ 'foreign-sender': 1, 'not-ours': 1, 'unknown-type': 1, 'invalid-payload': 1 });
    expect(calls.map((c) => c.type)).toEqual(['tone:analyze']);
  });

  it('a handler failure is answered, not thrown into the runtime, and leaks no stack', async () => {
    const { handlers } = spyHandlers();
    handlers['case:for-sender'] = () => {
      throw new Error('boom');
    };
    const router = createRouter(handlers, { extensionId: OURS });
    const answer = await router.listener({ cr: 1, type: 'case:for-sender', payload: { address: 'a@b.c' } }, { id: OURS });
    expect(answer).toEqual({ ok: false, code: 'failed', error: 'boom' });
  });
});
