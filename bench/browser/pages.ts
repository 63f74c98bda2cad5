/**
 * The pages the browser section serves: every saved fixture, plus a 100-row Gmail inbox generated
 * from the saved 10-row one (same row markup, fresh ids), written to a temp dir at bench time.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PAGES_DIR } from '../../test/e2e/mail-server';

export const LIST_FIXTURE = 'gmail-2025-list-bench';

export function listPage(rowCount: number): string {
  const html = readFileSync(path.join(PAGES_DIR, 'gmail-2025-list.html'), 'utf8');
  const rows = html.match(/<tr class="zA[\s\S]*?<\/tr>/g);
  if (!rows || rows.length === 0) throw new Error('gmail-2025-list.html has no tr.zA rows: its structure changed');
  const first = html.indexOf(rows[0]);
  const last = html.indexOf(rows[rows.length - 1]) + rows[rows.length - 1].length;
  const generated: string[] = [];
  for (let i = 0; i < rowCount; i++) {
    // Unique ids per row, as Gmail has: the extension keys rows by thread id.
    const hex = `19ac${i.toString(16).padStart(12, '0')}`;
    generated.push(
      rows[i % rows.length]
        .replace(/ id=":[^"]*"/, ` id=":b${i}"`)
        .replace(/data-thread-id="#thread-f:\d+"/, `data-thread-id="#thread-f:${1849900000000000000n + BigInt(i)}"`)
        .replace(/data-legacy-thread-id="[0-9a-f]+"/, `data-legacy-thread-id="${hex}"`)
        .replace(/data-legacy-last-message-id="[0-9a-f]+"/, `data-legacy-last-message-id="${hex}"`),
    );
  }
  return (html.slice(0, first) + generated.join('\n') + html.slice(last)).replace(
    /<span class="ts">\d+<\/span> of <span class="ts">\d+<\/span>/,
    `<span class="ts">${rowCount}</span> of <span class="ts">${rowCount}</span>`,
  );
}

export interface PagesDir {
  dir: string;
  remove(): void;
}

export function preparePages(rowCount: number): PagesDir {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cr-bench-pages-'));
  for (const file of readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'))) copyFileSync(path.join(PAGES_DIR, file), path.join(dir, file));
  writeFileSync(path.join(dir, `${LIST_FIXTURE}.html`), listPage(rowCount));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
