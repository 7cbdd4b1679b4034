import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships CommonJS and ESM builds; libraries load the CommonJS one, so the tests must too
  // or the schema's types come from "another realm".
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['tests/**/*.test.ts'],
    // Scaled-out tests need Redis; .ci/run sets REDIS_URL for its PostgreSQL pass. Tests of the
    // embedded database (its lock, stops, backups, crashes) run their own servers on PGlite, so
    // they run once, in the PGlite pass.
    exclude: [
      ...(process.env.REDIS_URL ? [] : ['tests/scale-out/**']),
      ...(process.env.DATABASE_URL ? ['tests/embedded/**'] : []),
    ],
    globalSetup: ['tests/support/global-setup.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test' },
  },
});
