/**
 * Keyboard commands: a browser test cannot press an extension shortcut, so the path from the
 * manifest's command names through the background's guard to the tab's dispatch is tested here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { COMMANDS, isCommandMessage, isCommandName } from '../../lib/commands';
import { handleCommand, type CommandTargets } from '../../lib/content/commands-handler';

function targets(overrides: Partial<CommandTargets> = {}) {
  return {
    isInvalid: vi.fn(() => false),
    toggleSidebar: vi.fn(),
    openCase: vi.fn(() => Promise.resolve()),
    insertReply: vi.fn(() => Promise.resolve()),
    onError: vi.fn(),
    ...overrides,
  };
}

describe('command names', () => {
  it('are exactly the commands the manifest declares', () => {
    const config = readFileSync(path.resolve(import.meta.dirname, '../../wxt.config.ts'), 'utf8');
    const block = /commands:\s*{([\s\S]*?)\n\s{4}},/.exec(config)?.[1] ?? '';
    const declared = [...block.matchAll(/'([a-z-]+)':\s*{/g)].map((m) => m[1]);
    expect(declared.sort()).toEqual([...COMMANDS].sort());
  });

  it.each(COMMANDS)('knows %s', (name) => {
    expect(isCommandName(name)).toBe(true);
  });

  it.each([undefined, null, '', 'Toggle-Sidebar', 'toggle-sidebar ', '_execute_action', 'constructor', 'toString', 1, {}, ['toggle-sidebar']])(
    'rejects %j',
    (value) => {
      expect(isCommandName(value)).toBe(false);
    },
  );
});

describe('command messages', () => {
  it('accepts { crCommand } for each command', () => {
    for (const crCommand of COMMANDS) expect(isCommandMessage({ crCommand })).toBe(true);
  });

  it.each([
    null,
    undefined,
    'toggle-sidebar',
    42,
    [],
    {},
    { crCommand: 'delete-everything' },
    { crCommand: 7 },
    { command: 'toggle-sidebar' },
    { type: 'tone:analyse', payload: {} },
  ])('rejects %j', (value) => {
    expect(isCommandMessage(value)).toBe(false);
  });
});

describe('handleCommand', () => {
  it('toggles the sidebar on toggle-sidebar and nothing else', () => {
    const t = targets();
    expect(handleCommand({ crCommand: 'toggle-sidebar' }, t)).toBe('toggle-sidebar');
    expect(t.toggleSidebar).toHaveBeenCalledTimes(1);
    expect(t.openCase).not.toHaveBeenCalled();
    expect(t.insertReply).not.toHaveBeenCalled();
  });

  it('opens a case on open-case', () => {
    const t = targets();
    expect(handleCommand({ crCommand: 'open-case' }, t)).toBe('open-case');
    expect(t.openCase).toHaveBeenCalledTimes(1);
    expect(t.toggleSidebar).not.toHaveBeenCalled();
  });

  it('inserts the reply on insert-reply', () => {
    const t = targets();
    expect(handleCommand({ crCommand: 'insert-reply' }, t)).toBe('insert-reply');
    expect(t.insertReply).toHaveBeenCalledTimes(1);
    expect(t.openCase).not.toHaveBeenCalled();
  });

  it('ignores messages that are not commands, touching nothing', () => {
    const t = targets();
    for (const message of [null, 'toggle-sidebar', { crCommand: 'nope' }, { type: 'data:changed' }]) {
      expect(handleCommand(message, t)).toBeNull();
    }
    expect(t.toggleSidebar).not.toHaveBeenCalled();
    expect(t.openCase).not.toHaveBeenCalled();
    expect(t.insertReply).not.toHaveBeenCalled();
  });

  it('does nothing once the content script is invalidated', () => {
    const t = targets({ isInvalid: vi.fn(() => true) });
    expect(handleCommand({ crCommand: 'toggle-sidebar' }, t)).toBeNull();
    expect(handleCommand({ crCommand: 'open-case' }, t)).toBeNull();
    expect(t.toggleSidebar).not.toHaveBeenCalled();
    expect(t.openCase).not.toHaveBeenCalled();
  });

  it('reports a failed action instead of leaving an unhandled rejection', async () => {
    const error = new Error('no message open');
    const t = targets({ openCase: vi.fn(() => Promise.reject(error)), insertReply: vi.fn(() => Promise.reject(error)) });
    handleCommand({ crCommand: 'open-case' }, t);
    handleCommand({ crCommand: 'insert-reply' }, t);
    await vi.waitFor(() => expect(t.onError).toHaveBeenCalledTimes(2));
    expect(t.onError).toHaveBeenCalledWith('open-case', error);
    expect(t.onError).toHaveBeenCalledWith('insert-reply', error);
  });

  it('survives a toggle that throws and failures with no error callback', async () => {
    const t = targets({ toggleSidebar: vi.fn(() => { throw new Error('gone'); }) });
    expect(handleCommand({ crCommand: 'toggle-sidebar' }, t)).toBe('toggle-sidebar');
    expect(t.onError).toHaveBeenCalledWith('toggle-sidebar', expect.any(Error));
    const quiet = { ...targets({ openCase: () => Promise.reject(new Error('x')) }), onError: undefined };
    expect(handleCommand({ crCommand: 'open-case' }, quiet)).toBe('open-case');
    await new Promise((r) => setTimeout(r, 0));
  });
});
