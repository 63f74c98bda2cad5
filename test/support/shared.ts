/**
 * `../shared/fixtures` sits beside the checkout on our machines and in CI, but not in a public clone.
 * Tests that read it use `describeShared`, which skips with a visible notice when it is missing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe } from 'vitest';

export const SHARED_FIXTURES = path.resolve(process.cwd(), '../shared/fixtures');
export const hasShared = existsSync(SHARED_FIXTURES);

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_FIXTURES, ...parts);
}

export const describeShared: typeof describe.skip = ((name: string, fn: () => void) => {
  if (!hasShared) {
    console.warn(`[skipped] "${name}": ../shared/fixtures is not beside this checkout`);
    return describe.skip(name, fn);
  }
  return describe(name, fn);
}) as typeof describe.skip;
