import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Three projects, one run: pure unit tests; integration tests against a real Neo4j (started once
// by the global setup); browser tests driving Debian's Chromium against the real app.
export default defineConfig({
  // graphql ships a CommonJS build (main) and an ES module build (module) without an exports map:
  // Node gives every package the CommonJS one, Vite would give our sources the other, and graphql
  // refuses to mix types from two copies. Tests load the copy production loads.
  resolve: {
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    reporters: ['default', './tests/support/summaryReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          // They run beside the integration and browser projects on two cores: the 5 s default
          // timed out a layout and a large-file validation under that load (a hang guard, not a speed target).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
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
        extends: true,
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
