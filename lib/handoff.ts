/**
 * A value one separately built script hands to another in the same JavaScript realm: the sidebar app
 * to the content script that imported it, the language module to the worker that loaded it. The
 * key is global (Symbol.for) because the two sides are different bundles with their own module copies.
 */
export interface Handoff<T> {
  register(value: T): void;
  registered(): T | undefined;
}

export function handoff<T>(name: string): Handoff<T> {
  const key = Symbol.for(`client-rescue.${name}`);
  const store = globalThis as typeof globalThis & { [key]?: T };
  return {
    register: (value) => {
      store[key] = value;
    },
    registered: () => store[key],
  };
}
