import { defineConfig } from 'vitest/config';

/**
 * The process-level suites: hostile inputs thrown at the built binary, and batch runs of worker pools
 * (a thousand documents among them). They take minutes on two cores, so they form their own project:
 * `npm test` runs the fast one, `npm run test:e2e` this one, CI (.ci/run) both and counts both. A plain
 * `npx vitest run` runs both; `npx vitest run test/hostile/…` runs the file named, whichever project.
 */
const E2E = ['test/hostile/**/*.test.ts', 'test/batch/**/*.test.ts'];

export default defineConfig({
  test: {
    // dist/ is rebuilt when a source is newer: the tests that run the binary never test a stale build
    globalSetup: ['test/setup/build-dist.ts'],
    // generous bounds against a hang, not a speed check: the machine may be shared and loaded
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // messages are Russian by default; the tests written against the English ones run in an English locale
    // (tests of the Russian messages set LANG themselves)
    env: { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    projects: [
      { extends: true, test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: E2E } },
      // a case here may convert dozens of documents through worker processes: a longer bound against a hang
      { extends: true, test: { name: 'e2e', include: E2E, testTimeout: 300_000, hookTimeout: 300_000 } },
    ],
  },
});
