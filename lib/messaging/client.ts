/** Content-script and extension-page side of the protocol. */
import { browser } from 'wxt/browser';
import type { RequestEnvelope, RequestPayload, RequestType, ResponseEnvelope, ResponseMap } from './protocol';

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

export async function request<T extends RequestType>(type: T, payload: RequestPayload<T>): Promise<ResponseMap[T]> {
  if (!isContextValid()) throw new ContextInvalidatedError();
  const envelope: RequestEnvelope<T> = { cr: 1, type, payload };
  let response: ResponseEnvelope<T> | undefined;
  try {
    response = (await browser.runtime.sendMessage(envelope)) as ResponseEnvelope<T> | undefined;
  } catch (error) {
    if (!isContextValid() || /context invalidated/i.test(String(error))) throw new ContextInvalidatedError();
    throw new RequestFailedError(String(error instanceof Error ? error.message : error), 'no-answer');
  }
  if (!response) throw new RequestFailedError('The background did not answer.', 'no-answer');
  if (!response.ok) throw new RequestFailedError(response.error, response.code);
  return response.value;
}
