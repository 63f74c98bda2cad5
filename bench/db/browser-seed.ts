/**
 * Bundled (IIFE) and evaluated in an extension page, so the rows land in the extension origin's own
 * IndexedDB through the real schema and the project's deterministic seed, exactly as in Node.
 */
import { RescueDb } from '../../lib/cases/db';
import { seedCases, type SeedCounts } from '../../lib/cases/seed';

interface SeedArg {
  cases: number;
  issuesPerCase: number;
  now: string;
  seed: number;
}

async function seedInPage(arg: SeedArg): Promise<SeedCounts> {
  const db = new RescueDb();
  try {
    return await seedCases(db, { cases: arg.cases, issuesPerCase: arg.issuesPerCase, now: arg.now, seed: arg.seed });
  } finally {
    db.close();
  }
}

(globalThis as unknown as { __crBenchSeed: typeof seedInPage }).__crBenchSeed = seedInPage;
