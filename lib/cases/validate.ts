/**
 * Hand-written validators for untrusted JSON (import files). Each returns a clean copy holding only
 * known fields, and records every problem with its path, so a bad file can be rejected whole with
 * a message that says where it is wrong.
 */

export interface Problems {
  list: string[];
  /** Stop collecting past this many: the user needs the first few, not 50,000. */
  max: number;
}

export type Validator<T> = ((value: unknown, path: string, problems: Problems) => T) & { optional?: boolean };

export function problem(problems: Problems, path: string, message: string): void {
  if (problems.list.length < problems.max) problems.list.push(`${path}: ${message}`);
}

const MAX_TEXT = 100_000;

export const text: Validator<string> = (v, path, p) => {
  if (typeof v !== 'string') problem(p, path, `expected text, got ${kindOf(v)}`);
  else if (v.length > MAX_TEXT) problem(p, path, `text longer than ${MAX_TEXT} characters`);
  return v as string;
};

export const nonEmpty: Validator<string> = (v, path, p) => {
  const s = text(v, path, p);
  if (s === '') problem(p, path, 'must not be empty');
  return s;
};

/** An ISO 8601 date or date-time that Date can read. */
export const isoDate: Validator<string> = (v, path, p) => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) || Number.isNaN(Date.parse(v))) {
    problem(p, path, `expected an ISO date, got ${preview(v)}`);
  }
  return v as string;
};

export const bool: Validator<boolean> = (v, path, p) => {
  if (typeof v !== 'boolean') problem(p, path, `expected true or false, got ${kindOf(v)}`);
  return v as boolean;
};

export const finite: Validator<number> = (v, path, p) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) problem(p, path, `expected a number, got ${preview(v)}`);
  return v as number;
};

export function oneOf<T extends string>(values: readonly T[]): Validator<T> {
  return (v, path, p) => {
    if (!values.includes(v as T)) problem(p, path, `expected one of ${values.join(', ')}, got ${preview(v)}`);
    return v as T;
  };
}

export function nullable<T>(inner: Validator<T>): Validator<T | null> {
  return (v, path, p) => (v === null ? null : inner(v, path, p));
}

/** The field may be absent; when present it must pass `inner`. Absent stays absent in the copy. */
export function optional<T>(inner: Validator<T>): Validator<T | undefined> {
  const v: Validator<T | undefined> = (value, path, p) => (value === undefined ? undefined : inner(value, path, p));
  v.optional = true;
  return v;
}

export function arrayOf<T>(inner: Validator<T>): Validator<T[]> {
  return (v, path, p) => {
    if (!Array.isArray(v)) {
      problem(p, path, `expected a list, got ${kindOf(v)}`);
      return [];
    }
    return v.map((item, i) => inner(item, `${path}[${i}]`, p));
  };
}

export type Shape<T> = { [K in keyof T]-?: Validator<T[K]> };

/** A plain object with exactly the shape's fields (unknown fields are dropped). */
export function object<T>(shape: Shape<T>): Validator<T> {
  const keys = Object.keys(shape) as (keyof T & string)[];
  return (v, path, p) => {
    if (!isPlainObject(v)) {
      problem(p, path, `expected an object, got ${kindOf(v)}`);
      return v as T;
    }
    const out: Partial<T> = {};
    for (const key of keys) {
      const validator = shape[key];
      const has = Object.prototype.hasOwnProperty.call(v, key);
      if (!has && validator.optional) continue;
      if (!has) {
        problem(p, `${path}.${key}`, 'missing');
        continue;
      }
      out[key] = validator(v[key], `${path}.${key}`, p);
    }
    return out as T;
  };
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v;
}

function preview(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : kindOf(v) === 'number' ? String(v) : kindOf(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}
