/**
 * Prints one plain closing line, "Tests: N passed, N failed[, N skipped]", that any CI can read,
 * after vitest's own summary.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules)
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    const failedModules = testModules.filter((m) => m.state() === 'failed' && m.children.size === 0).length;
    console.log(`\nTests: ${passed} passed, ${failed + failedModules} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
