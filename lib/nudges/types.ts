/** Shapes the nudge rules add on top of the shared case model. */
import type { RescueCase } from '../cases/types';

/** The user's own promise of the next update, found in a sent reply by `findCommitments`. */
export interface PromisedUpdate {
  /** ISO instant the promise falls due. */
  dueAt: string;
  /** ISO sent time of the reply that made it; a later update supersedes it. */
  madeAt: string;
  /** The time phrase as written ("by Thursday"), for the tooltip and the dashboard. */
  phrase: string;
}

/**
 * A rescue case as the nudge rules read it: optional fields the case store may persist;
 * plain RescueCase values are accepted as they are.
 */
export type NudgeCase = RescueCase & {
  promisedUpdate?: PromisedUpdate | null;
  /**
   * ISO time the case stopped waiting on the client. The clock restarts then: otherwise a case
   * that waited a week would turn overdue the moment the client answers.
   */
  waitingEndedAt?: string | null;
};

export type DueStatus = 'overdue' | 'due-soon' | 'ok' | 'paused' | 'closed';

export interface DueState {
  status: DueStatus;
  /** When the next update (or reply) falls due; null when paused or closed. */
  dueAt: Date | null;
}
