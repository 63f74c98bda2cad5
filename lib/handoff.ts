/**
 * A value one separately built script hands to another in the same JavaScript realm: the sidebar app
 * to the content script that imported it, the language module to the worker that loaded it. The
 * key is global (Symbol.for) because the two sides are different bundles with their own module copies.
 */
export interface Handoff<T> {
  register(value: T): void;
  registered(): T | undefined;
}

/** The global key's name (`Symbol.for` of it), for code that a build writes into a script. */
export function handoffKey(name: string): string {
  return `client-rescue.${name}`;
}

export function handoff<T>(name: string): Handoff<T> {
  const key = Symbol.for(handoffKey(name));
  const store = globalThis as typeof globalThis & { [key]?: T };
  return {
    register: (value) => {
      store[key] = value;
    },
    registered: () => store[key],
  };
}
