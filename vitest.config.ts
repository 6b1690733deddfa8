import { defineConfig } from 'vitest/config';

// Three projects, one run: pure unit tests; integration tests against a real Neo4j (started once
// by the global setup); browser tests driving Debian's Chromium against the real app.
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['./tests/support/neo4jGlobalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One Neo4j, shared: files run one after another so fault-injection tests that stop
          // the database cannot disturb others.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['./tests/support/neo4jGlobalSetup.ts', './tests/support/appGlobalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
