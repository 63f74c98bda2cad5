/** Background side of the protocol: sender check, schema validation, then the typed handler. */
import {
  requestSchemas,
  type RequestPayload,
  type RequestType,
  type ResponseEnvelope,
  type ResponseMap,
} from './protocol';
import { InvalidMessageError } from './schema';
import { errorMessage } from '../error-message';

export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type Handlers = {
  [T in RequestType]: (payload: RequestPayload<T>, sender: MessageSenderLike) => Promise<ResponseMap[T]> | ResponseMap[T];
};

export type DropReason = 'foreign-sender' | 'not-ours' | 'unknown-type' | 'invalid-payload';

export interface Router {
  /** A `runtime.onMessage` listener: returns a promise for our messages, undefined for everything else. */
  listener(message: unknown, sender: MessageSenderLike): Promise<ResponseEnvelope> | undefined;
  readonly dropped: Readonly<Record<DropReason, number>>;
}

export function createRouter(
  handlers: Handlers,
  opts: { extensionId: string; toStorageError?: (e: unknown) => string | null },
): Router {
  const dropped: Record<DropReason, number> = {
    'foreign-sender': 0,
    'not-ours': 0,
    'unknown-type': 0,
    'invalid-payload': 0,
  };

  function drop(reason: DropReason): undefined {
    dropped[reason] += 1;
    return undefined;
  }

  function listener(message: unknown, sender: MessageSenderLike): Promise<ResponseEnvelope> | undefined {
    // Only our own extension's pages and content scripts; web pages can't reach onMessage, but another
    // extension could if we ever listened externally, and a mistake there must not open the database.
    if (sender.id !== opts.extensionId) return drop('foreign-sender');
    if (typeof message !== 'object' || message === null || (message as { cr?: unknown }).cr !== 1) {
      return drop('not-ours');
    }
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(requestSchemas, type)) return drop('unknown-type');
    const requestType = type as RequestType;
    let checked: unknown;
    try {
      checked = requestSchemas[requestType](payload, 'payload');
    } catch (error) {
      if (!(error instanceof InvalidMessageError)) throw error;
      dropped['invalid-payload'] += 1;
      return Promise.resolve({ ok: false, error: error.message, code: 'invalid' });
    }
    const handler = handlers[requestType] as (p: unknown, s: MessageSenderLike) => unknown;
    return Promise.resolve()
      .then(() => handler(checked, sender))
      .then(
        (value) => ({ ok: true, value }) as ResponseEnvelope,
        (error: unknown) => {
          const storage = opts.toStorageError?.(error) ?? null;
          if (storage) return { ok: false, error: storage, code: 'storage' } as const;
          return { ok: false, error: errorMessage(error), code: 'failed' } as const;
        },
      );
  }

  return { listener, dropped };
}
