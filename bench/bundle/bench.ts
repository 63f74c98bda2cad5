/**
 * Content-script section: what the mail page has to download and parse at load (content scripts),
 * what they import later (the sidebar app), and what the extension loads elsewhere (service worker,
 * shared chunks), raw and gzip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Row } from '../lib/result';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const SECTION = 'content scripts';
const CONTENT_TARGET = { max: 30 * 1024, on: 'value' as const, label: '≤ 30 KB gzip' };

function buildComplete(): boolean {
  return existsSync(path.join(EXTENSION_DIR, 'manifest.json')) && filesIn(path.join(EXTENSION_DIR, 'content-scripts'), /\.js$/).length > 0;
}

/**
 * Builds the extension when there is none; an existing build is used as it is (see --build). The
 * checkout is shared: a build someone else started may be half written, so wait for it first.
 */
export function ensureBuild(force: boolean): void {
  for (let waited = 0; !force && !buildComplete() && waited < 60; waited++) {
    if (waited === 0) process.stderr.write('bench: waiting for a complete build in .output/chrome-mv3…\n');
    execFileSync('sleep', ['1']);
  }
  if (!force && buildComplete()) return;
  process.stderr.write('bench: building the extension (npx wxt build)…\n');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 });
}

function filesIn(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => ext.test(f)).sort().map((f) => path.join(dir, f));
}

/** One row per file: gzip is what the target is about, raw is in the metric name for the parse cost. */
function sizeRow(file: string, kind: string, gzipTarget: boolean): Row {
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const name = path.relative(EXTENSION_DIR, file);
  return {
    section: SECTION,
    metric: `${kind} ${name} gzip (raw ${(bytes.length / 1024).toFixed(1)} KB)`,
    value: gzip,
    unit: 'B',
    target: gzipTarget ? CONTENT_TARGET : undefined,
    detail: { raw: bytes.length, gzip },
  };
}

/** Scripts the content scripts import later: the manifest's web-accessible .js resources. */
function lazyScripts(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: { resources: string[] }[];
  };
  const resources = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources).filter((r) => r.endsWith('.js'));
  return [...new Set(resources)].map((r) => path.join(EXTENSION_DIR, r));
}

export function benchBundle(): Row[] {
  const rows: Row[] = [];
  const content = filesIn(path.join(EXTENSION_DIR, 'content-scripts'), /\.(js|css)$/);
  if (content.length === 0) throw new Error(`no content scripts in ${EXTENSION_DIR}/content-scripts`);
  for (const file of content) rows.push(sizeRow(file, 'page', true));
  for (const file of lazyScripts()) rows.push(sizeRow(file, 'lazy (imported by the content script once the page is idle)', false));
  rows.push(sizeRow(path.join(EXTENSION_DIR, 'background.js'), 'worker', false));
  rows.push(sizeRow(path.join(EXTENSION_DIR, 'nlp.js'), 'worker, loaded after its first answer', false));
  for (const file of filesIn(path.join(EXTENSION_DIR, 'chunks'), /\.js$/)) rows.push(sizeRow(file, 'chunk', false));
  return rows;
}
