/**
 * The Chromium variants the page-load probes compare: edited copies of the built extension (.output/chrome-mv3).
 * Since the worker injects the content scripts after the page's load (entrypoints/background/inject.ts),
 * the build declares none, so the variants that edit the manifest's content_scripts (ext-no-cs,
 * ext-doc-end) are the build as shipped; they measured the declared scripts of builds before that.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR } from '../../test/e2e/browser';

export type Manifest = { content_scripts?: { run_at?: string; js: string[] }[]; background?: unknown };

export interface Variant {
  name: string;
  what: string;
  /** null: no extension loaded. */
  edit: ((dir: string, manifest: Manifest) => void) | null;
  /** Keep Chromium's extension system on (Playwright's default turns it off with --disable-extensions). */
  extensionsOn: boolean;
  closeWelcome?: boolean;
}

const emptyContentScripts = (dir: string) => {
  for (const f of ['gmail.js', 'outlook.js']) writeFileSync(path.join(dir, 'content-scripts', f), '');
};

const STAMP = "document.documentElement.setAttribute('data-cr-probe', performance.now().toFixed(1) + ' ' + document.readyState);\n";

function rewriteContentScripts(dir: string, rewrite: (source: string) => string): void {
  for (const f of ['gmail.js', 'outlook.js']) {
    const file = path.join(dir, 'content-scripts', f);
    writeFileSync(file, rewrite(readFileSync(file, 'utf8')));
  }
}

export const VARIANTS: Variant[] = [
  { name: 'plain', what: 'no extension, --disable-extensions (the bench baseline before this probe)', edit: null, extensionsOn: false },
  { name: 'plain-ext-on', what: 'no extension, extension system on (as every real Chrome)', edit: null, extensionsOn: true },
  { name: 'ext', what: 'the built extension, as shipped', edit: () => undefined, extensionsOn: true },
  { name: 'ext-no-welcome', what: 'as shipped, welcome tab closed after launch', edit: () => undefined, extensionsOn: true, closeWelcome: true },
  { name: 'ext-empty-cs', what: 'content scripts are empty files', edit: emptyContentScripts, extensionsOn: true },
  { name: 'ext-no-cs', what: 'no content_scripts in the manifest', edit: (_d, m) => void delete m.content_scripts, extensionsOn: true },
  {
    name: 'ext-stub-worker',
    what: 'service worker is an empty file (no analyser, no warm-up)',
    edit: (d) => writeFileSync(path.join(d, 'background.js'), ''),
    extensionsOn: true,
  },
  {
    name: 'ext-stamp',
    what: 'as shipped, the content script first stamps when it runs (performance.now(), readyState) on <html>',
    edit: (d) => rewriteContentScripts(d, (src) => STAMP + src),
    extensionsOn: true,
  },
  {
    name: 'ext-cs-noop',
    what: 'content scripts are one statement (`void 0;`): the cost of being injected at all',
    edit: (d) => rewriteContentScripts(d, () => 'void 0;\n'),
    extensionsOn: true,
  },
  {
    name: 'ext-cs-runtime',
    what: 'content scripts only read chrome.runtime.id (what the WXT wrapper does first)',
    edit: (d) => rewriteContentScripts(d, () => 'chrome.runtime.id;\n'),
    extensionsOn: true,
  },
  {
    name: 'ext-cs-wxt-only',
    what: "the shipped content script with main() emptied: WXT's wrapper (context, chrome.runtime) and nothing of ours",
    edit: (d) =>
      rewriteContentScripts(d, (src) => {
        const out = src.replace(/main\(e\)\{return c\(e,`(gmail|outlook)`\)\}/, 'main(){}');
        if (out === src) throw new Error('ext-cs-wxt-only: the built content script changed shape; update the pattern');
        return out;
      }),
    extensionsOn: true,
  },
  {
    name: 'ext-cs-deferred',
    what: 'the shipped content script, run only after the load event has finished',
    edit: (d) =>
      rewriteContentScripts(
        d,
        (src) =>
          `(() => { const run = () => { ${src} }; if (document.readyState === 'complete') run(); else window.addEventListener('load', () => setTimeout(run, 0), { once: true }); })();\n`,
      ),
    extensionsOn: true,
  },
  {
    name: 'ext-doc-end',
    what: 'content scripts run_at document_end',
    edit: (_d, m) => m.content_scripts?.forEach((c) => (c.run_at = 'document_end')),
    extensionsOn: true,
  },
];

/** A temp copy of the build with the variant's edit applied (the caller removes it), or null for no extension. */
export function extensionCopy(variant: Variant): string | null {
  if (!variant.edit) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cr-probe-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  variant.edit(dir, manifest);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}
