/** The benchmark's case data: the project's own deterministic seed, so Node and Chromium read the same rows. */
export const SEED_NOW = '2026-03-02T10:00:00.000Z';
export const SEED_NUMBER = 42;
