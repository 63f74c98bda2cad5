/**
 * Sample counts. Full runs take many alternating samples because the machine is shared and noisy;
 * smoke runs (CI) take just enough to prove every section still works, in well under 90 s.
 */
export interface BenchConfig {
  smoke: boolean;
  analyserRuns: { '2 KB': number; '20 KB': number; '200 KB': number };
  loadProbes: number;
  pageLoadPairs: number;
  /** Wait after load before reading main-thread task time: the content script's work lands after load. */
  settleMs: number;
  coldPages: number;
  /** Browsers launched for "first tab after install", one sample each (a launch takes seconds). */
  installLaunches: number;
  /** How long a page is open before the "page open 2 s" navigation (2 s in full runs, as the issue says). */
  warmAfterMs: number;
  nextNavigations: number;
  dashboard: { cases: number; issuesPerCase: number; renders: number; queryRuns: number };
  badgeCases: number;
  badgeRuns: number;
  memoryNavigations: number;
  listPairs: number;
  listRows: number;
  /** How long the sidebar may take to show a level before the bench calls it broken. */
  levelTimeoutMs: number;
}

export function configFor(smoke: boolean): BenchConfig {
  if (smoke) {
    return {
      smoke,
      analyserRuns: { '2 KB': 5, '20 KB': 3, '200 KB': 2 },
      loadProbes: 1,
      pageLoadPairs: 1,
      settleMs: 500,
      coldPages: 1,
      installLaunches: 1,
      warmAfterMs: 500,
      nextNavigations: 2,
      dashboard: { cases: 100, issuesPerCase: 10, renders: 1, queryRuns: 2 },
      badgeCases: 5000,
      badgeRuns: 3,
      memoryNavigations: 5,
      listPairs: 1,
      listRows: 100,
      levelTimeoutMs: 30_000,
    };
  }
  return {
    smoke,
    analyserRuns: { '2 KB': 200, '20 KB': 60, '200 KB': 20 },
    loadProbes: 5,
    pageLoadPairs: 40,
    settleMs: 1500,
    coldPages: 8,
    installLaunches: 7,
    warmAfterMs: 2000,
    nextNavigations: 30,
    dashboard: { cases: 5000, issuesPerCase: 10, renders: 5, queryRuns: 10 },
    badgeCases: 5000,
    badgeRuns: 30,
    memoryNavigations: 100,
    listPairs: 8,
    listRows: 100,
    levelTimeoutMs: 30_000,
  };
}
