/** Stand-ins for the worker's language-module loader (entrypoints/background/nlp-loader.ts). */
import type { NlpLoader } from '../../entrypoints/background/nlp-loader';
import { compromiseNlp } from '../../lib/nlp/compromise';

/** A worker that has the module already. */
export function loadedNlp(): NlpLoader {
  return { loaded: () => compromiseNlp, load: async () => compromiseNlp };
}

/** A worker just started: nothing loaded until load() is called; counts the loads. */
export function startingNlp(): NlpLoader & { loads: number } {
  let ready = false;
  const loader = {
    loads: 0,
    loaded: () => (ready ? compromiseNlp : null),
    load: async () => {
      loader.loads++;
      ready = true;
      return compromiseNlp;
    },
  };
  return loader;
}
