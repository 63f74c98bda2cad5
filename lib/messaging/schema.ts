/**
 * A small validator for messages crossing from content scripts into the background. Content scripts run
 * beside a hostile page, so every field is checked for type and size before a handler sees it.
 */

export type Check<T> = (value: unknown, path: string) => T;

export class InvalidMessageError extends Error {
  constructor(readonly path: string, readonly expected: string) {
    super(`${path}: expected ${expected}`);
    this.name = 'InvalidMessageError';
  }
}

export function str(opts: { max?: number; min?: number } = {}): Check<string> {
  const max = opts.max ?? 10_000;
  return (v, path) => {
    if (typeof v !== 'string' || v.length > max || v.length < (opts.min ?? 0)) {
      throw new InvalidMessageError(path, `a string of at most ${max} characters`);
    }
    return v;
  };
}

export function num(opts: { min?: number; max?: number } = {}): Check<number> {
  return (v, path) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < (opts.min ?? -Infinity) || v > (opts.max ?? Infinity)) {
      throw new InvalidMessageError(path, 'a finite number in range');
    }
    return v;
  };
}

export const bool: Check<boolean> = (v, path) => {
  if (typeof v !== 'boolean') throw new InvalidMessageError(path, 'a boolean');
  return v;
};

export function literal<const T extends string>(...options: T[]): Check<T> {
  return (v, path) => {
    if (typeof v !== 'string' || !options.includes(v as T)) {
      throw new InvalidMessageError(path, `one of ${options.join(', ')}`);
    }
    return v as T;
  };
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (v, path) => (v === undefined ? undefined : check(v, path));
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, path) => (v === null ? null : check(v, path));
}

export function arr<T>(of: Check<T>, opts: { max?: number } = {}): Check<T[]> {
  const max = opts.max ?? 500;
  return (v, path) => {
    if (!Array.isArray(v) || v.length > max) throw new InvalidMessageError(path, `an array of at most ${max}`);
    return v.map((item, i) => of(item, `${path}[${i}]`));
  };
}

type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends ReturnType<S[K]> ? K : never }[keyof S];
type FromShape<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: ReturnType<S[K]> } & {
  [K in OptionalKeys<S>]?: ReturnType<S[K]>;
};

/** Unknown keys are dropped, so nothing unchecked reaches a handler. */
export function obj<S extends Shape>(shape: S): Check<FromShape<S>> {
  return (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new InvalidMessageError(path, 'an object');
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const checked = shape[key]((v as Record<string, unknown>)[key], `${path}.${key}`);
      if (checked !== undefined) out[key] = checked;
    }
    return out as FromShape<S>;
  };
}
