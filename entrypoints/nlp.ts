import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { compromiseNlp } from '../lib/nlp/compromise';
import { nlpHandoff } from '../lib/nlp/handoff';

// Loaded by the background worker once it has answered with a tone level; see entrypoints/background/nlp-loader.ts.
export default defineUnlistedScript(() => {
  nlpHandoff.register(compromiseNlp);
});
