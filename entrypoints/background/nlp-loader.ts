/**
 * The language module (compromise and its date plugin, entrypoints/nlp.ts) is a script of its own that
 * the worker loads after it has answered with a tone level: setting compromise up costs a starting
 * worker ~0.3 s, and ~1 s just after the browser starts, and the level does not need it.
 *
 * Chrome runs the background as a classic service worker: service workers may not import(), and may
 * importScripts() a new script only while installing. A script imported then is kept with the
 * installed worker and can be imported again at any later time, also after the worker was stopped
 * (test/e2e/worker-restart.e2e.ts). So the install handler imports it once. Importing the built
 * script only defines its body (lib/nlp/handoff.ts), and compromise is set up when first wanted. The
 * install still pays for Chrome compiling the script eagerly and writing its code cache (~0.5 s for
 * nlp.js in a trace, bench/probe/first-tab-trace.ts). Importing it later in the install (waitUntil
 * and a timer) let the first tab's answers through first, but a worker stopped while still installing
 * then left the extension without a working worker (seen in the browser test), so it stays at once.
 * Firefox runs the background as an event page, where import() works.
 */
import { browser } from 'wxt/browser';
import { nlpHandoff, nlpScriptBody } from '../../lib/nlp/handoff';
import type { Nlp } from '../../lib/nlp/types';

const NLP_SCRIPT = '/nlp.js';

interface WorkerScope {
  importScripts?: (...urls: string[]) => void;
  addEventListener(type: 'install', listener: () => void): void;
}

const scope = globalThis as unknown as WorkerScope;

export interface NlpLoader {
  /** The module, if this worker has loaded it. */
  loaded(): Nlp | null;
  /**
   * The module, loading it first if needed. Rejects when the script cannot be loaded, and from then
   * on for the rest of this worker's life: trying again would block the worker each time for the same result.
   */
  load(): Promise<Nlp>;
}

export function createNlpLoader(): NlpLoader {
  const url = browser.runtime.getURL(NLP_SCRIPT);
  let pending: Promise<Nlp> | null = null;

  async function loadScript(): Promise<Nlp> {
    // Already imported by this worker's install: its body is waiting.
    if (!nlpScriptBody.registered()) {
      if (typeof scope.importScripts === 'function') scope.importScripts(url);
      else await import(/* @vite-ignore */ url);
    }
    nlpScriptBody.registered()?.();
    const nlp = nlpHandoff.registered();
    if (!nlp) throw new Error(`${NLP_SCRIPT} did not register the language module.`);
    return nlp;
  }

  // Registered during the worker's first evaluation, as install listeners must be. A failure here must
  // not fail the install: the worker then answers without deadline dates (load() rejects).
  if (typeof scope.importScripts === 'function') {
    scope.addEventListener('install', () => {
      try {
        scope.importScripts?.(url);
      } catch (error) {
        console.warn('Client Rescue: the language module could not be loaded.', error);
      }
    });
  }

  return {
    loaded: () => nlpHandoff.registered() ?? null,
    load() {
      const ready = nlpHandoff.registered();
      if (ready) return Promise.resolve(ready);
      pending ??= loadScript();
      return pending;
    },
  };
}
