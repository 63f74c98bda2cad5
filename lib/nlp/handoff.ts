/** The language module's script (entrypoints/nlp.ts) registers it here for the worker that loaded it. */
import { handoff, handoffKey } from '../handoff';
import type { Nlp } from './types';

export const nlpHandoff = handoff<Nlp>('nlp');

/**
 * The built nlp.js does not run when a worker imports it: the build wraps the whole script in a
 * function left here (wxt.config.ts), and the worker calls it when it wants the module. The worker
 * must import the script while installing (nlp-loader.ts), and running compromise's set-up there held
 * the install, and with it the first tab's first answer, for up to a second; defining the function
 * costs a parse.
 */
const SCRIPT_BODY = 'nlp-script-body';
export const nlpScriptBody = handoff<() => void>(SCRIPT_BODY);
/** The build names the function's place by `Symbol.for` of this. */
export const NLP_SCRIPT_BODY_KEY = handoffKey(SCRIPT_BODY);
