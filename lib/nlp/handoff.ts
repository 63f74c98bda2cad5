/** The language module's script (entrypoints/nlp.ts) registers it here for the worker that loaded it. */
import { handoff } from '../handoff';
import type { Nlp } from './types';

export const nlpHandoff = handoff<Nlp>('nlp');
