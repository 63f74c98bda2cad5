/** Content-script and extension-page side of the protocol. */
import { browser } from 'wxt/browser';
import type { RequestEnvelope, RequestPayload, RequestType, ResponseEnvelope, ResponseMap } from './protocol';
import { errorMessage } from '../error-message';

/** The extension was reloaded or updated while the mail tab stayed open: this script is an orphan now. */
export class ContextInvalidatedError extends Error {
  constructor() {
    super('Client Rescue was updated or reloaded. Reload this tab to use it again.');
    this.name = 'ContextInvalidatedError';
  }
}

export class RequestFailedError extends Error {
  constructor(message: string, readonly code: 'invalid' | 'failed' | 'storage' | 'no-answer') {
    super(message);
    this.name = 'RequestFailedError';
  }
}

export function isContextValid(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * How long a request may go unanswered. A worker that is stuck (or never finished starting) would
 * otherwise leave the sidebar at "Reading the message…" for good; the slowest honest answer, a first
 * complete report while the worker loads its language module next to a browser start, takes seconds.
 */
export const ANSWER_TIMEOUT_MS = 30_000;

async function send(envelope: RequestEnvelope<RequestType>): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unanswered = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RequestFailedError(`The background did not answer within ${ANSWER_TIMEOUT_MS / 1000} s.`, 'no-answer')), ANSWER_TIMEOUT_MS);
  });
  try {
    return await Promise.race([browser.runtime.sendMessage(envelope), unanswered]);
  } finally {
    clearTimeout(timer);
  }
}

export async function request<T extends RequestType>(type: T, payload: RequestPayload<T>): Promise<ResponseMap[T]> {
  if (!isContextValid()) throw new ContextInvalidatedError();
  const envelope: RequestEnvelope<T> = { cr: 1, type, payload };
  let response: ResponseEnvelope<T> | undefined;
  try {
    response = (await send(envelope)) as ResponseEnvelope<T> | undefined;
  } catch (error) {
    if (error instanceof RequestFailedError) throw error;
    if (!isContextValid() || /context invalidated/i.test(String(error))) throw new ContextInvalidatedError();
    throw new RequestFailedError(errorMessage(error), 'no-answer');
  }
  if (!response) throw new RequestFailedError('The background did not answer.', 'no-answer');
  if (!response.ok) throw new RequestFailedError(response.error, response.code);
  return response.value;
}
