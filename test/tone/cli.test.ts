import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const TSX = path.resolve('node_modules/.bin/tsx');
const CLI = path.resolve('scripts/tone-cli.ts');

describe('tone CLI', () => {
  it('round-trips jsonl: one report per input line, ids kept, bad lines reported', () => {
    const input = [
      { id: 'a', text: 'We were promised a fix by Friday and it is still broken. This is unacceptable.', subject: 'Still broken' },
      { id: 7, text: 'Thanks, see you on Thursday!' },
    ]
      .map((o) => JSON.stringify(o))
      .concat(['not json'])
      .join('\n');
    const run = spawnSync(TSX, [CLI, '--jsonl'], { input, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ id: 'a', status: 'ok', unhappy: true });
    expect(out[0].signals.length).toBeGreaterThan(0);
    expect(out[1]).toMatchObject({ id: 7, status: 'ok', unhappy: false });
    expect(out[2].error).toMatch(/line 3/);
  }, 30_000);

  it('ends quietly when the reader stops early (| head)', () => {
    // More reports than a pipe buffers, so writes go on after `head` has gone.
    const input = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: 'We were promised a fix by Friday and it is still broken. '.repeat(5) })).join('\n');
    const run = spawnSync('bash', ['-c', `"${TSX}" "${CLI}" --jsonl | head -1 >/dev/null; echo "cli exit \${PIPESTATUS[0]}"`], { input, encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('cli exit 0');
    expect(run.stderr).not.toMatch(/EPIPE/);
  }, 30_000);
});
