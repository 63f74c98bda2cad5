import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNlpLoader } from '../../entrypoints/background/nlp-loader';
import { compromiseNlp } from '../../lib/nlp/compromise';
import { NLP_SCRIPT_BODY_KEY, nlpHandoff, nlpScriptBody } from '../../lib/nlp/handoff';

const KEYS = [Symbol.for('client-rescue.nlp'), Symbol.for(NLP_SCRIPT_BODY_KEY)];
type Scope = Record<PropertyKey, unknown>;

/** A classic service worker's scope: importScripts, and the install event the loader listens for. */
function workerScope(importScripts: (url: string) => void) {
  const install: Array<() => void> = [];
  const scope = globalThis as Scope;
  scope.importScripts = vi.fn(importScripts);
  scope.addEventListener = (type: string, listener: () => void) => {
    if (type === 'install') install.push(listener);
  };
  return { importScripts: scope.importScripts as ReturnType<typeof vi.fn>, install: () => install.forEach((l) => l()) };
}

/** What importing the built nlp.js does: it only leaves its body, which registers the module when run. */
let bodyRuns = 0;
const registers = () =>
  nlpScriptBody.register(() => {
    bodyRuns++;
    nlpHandoff.register(compromiseNlp);
  });
beforeEach(() => {
  bodyRuns = 0;
  fakeBrowser.reset();
});
afterEach(() => {
  const scope = globalThis as Scope;
  delete scope.importScripts;
  delete scope.addEventListener;
  for (const key of KEYS) delete scope[key];
  vi.restoreAllMocks();
});

describe('the worker loads its language module', () => {
  it('imports the script while installing, so a later start may import it, but sets the module up only when asked', async () => {
    const w = workerScope(registers);
    const loader = createNlpLoader();
    expect(w.importScripts).not.toHaveBeenCalled();
    w.install();
    expect(w.importScripts).toHaveBeenCalledWith(expect.stringMatching(/\/nlp\.js$/));
    // The install must not wait for compromise's set-up: the first tab's answer waits behind it.
    expect(bodyRuns).toBe(0);
    expect(loader.loaded()).toBeNull();
    await expect(loader.load()).resolves.toBe(compromiseNlp);
    expect(loader.loaded()).toBe(compromiseNlp);
    expect(w.importScripts).toHaveBeenCalledTimes(1);
    expect(bodyRuns).toBe(1);
  });

  it('loads it once on a restarted worker, however many ask at the same time', async () => {
    const w = workerScope(registers);
    const loader = createNlpLoader();
    expect(loader.loaded()).toBeNull();
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect(a).toBe(compromiseNlp);
    expect(b).toBe(compromiseNlp);
    expect(w.importScripts).toHaveBeenCalledTimes(1);
    expect(bodyRuns).toBe(1);
  });

  it('rejects when the script fails, and keeps rejecting without loading it again', async () => {
    const w = workerScope(() => {
      throw new Error('NetworkError');
    });
    const loader = createNlpLoader();
    await expect(loader.load()).rejects.toThrow('NetworkError');
    await expect(loader.load()).rejects.toThrow('NetworkError');
    expect(w.importScripts).toHaveBeenCalledTimes(1);
  });

  it('rejects, and keeps rejecting, when running the script body throws', async () => {
    workerScope(() =>
      nlpScriptBody.register(() => {
        bodyRuns++;
        throw new Error('compromise failed to set up');
      }),
    );
    const loader = createNlpLoader();
    await expect(loader.load()).rejects.toThrow('compromise failed to set up');
    await expect(loader.load()).rejects.toThrow('compromise failed to set up');
    expect(bodyRuns).toBe(1);
  });

  it('rejects when the script registers nothing', async () => {
    workerScope(() => undefined);
    await expect(createNlpLoader().load()).rejects.toThrow(/did not register/);
  });

  it("imports the script as a module in Firefox's event page, which has no importScripts", async () => {
    const module = `globalThis[Symbol.for(${JSON.stringify(NLP_SCRIPT_BODY_KEY)})] = () => {
      globalThis[Symbol.for('client-rescue.nlp')] = { datePhrases: () => [], parseDate: () => null, infinitive: (w) => 'from the page ' + w };
    };`;
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockReturnValue(`data:text/javascript,${encodeURIComponent(module)}`);
    const loader = createNlpLoader();
    expect(loader.loaded()).toBeNull();
    const nlp = await loader.load();
    expect(nlp.infinitive('chasing')).toBe('from the page chasing');
    expect(loader.loaded()).toBe(nlp);
  });

  it('does not fail the install when the script throws there', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const w = workerScope(() => {
      throw new Error('SyntaxError');
    });
    createNlpLoader();
    expect(() => w.install()).not.toThrow();
    expect(warn).toHaveBeenCalled();
  });
});
