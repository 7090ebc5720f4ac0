/**
 * Prints one closing line, `N passed, N failed[, N skipped]`, after vitest's own report, so a CI log can
 * never be mistaken for a run with no tests. A module that failed to load, or a suite whose hook failed,
 * counts as a failure even when none of its tests is marked failed; todo tests count as skipped.
 */
import type { Reporter, TestModule } from 'vitest/node';

export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export function countResults(testModules: ReadonlyArray<TestModule>, unhandledErrors: number): RunCounts {
  const counts: RunCounts = { passed: 0, failed: unhandledErrors, skipped: 0 };
  for (const testModule of testModules) {
    let failedTests = 0;
    for (const testCase of testModule.children.allTests()) {
      const state = testCase.result().state;
      if (state === 'passed') counts.passed += 1;
      else if (state === 'failed') failedTests += 1;
      else counts.skipped += 1;
    }
    const failedSuites = [...testModule.children.allSuites()].filter((suite) => suite.errors().length > 0).length;
    const moduleErrors = testModule.errors().length > 0 ? 1 : 0;
    // Suite errors are hook errors (their tests are reported as skipped), so nothing is counted twice.
    const counted = failedTests + failedSuites + moduleErrors;
    // A module vitest marks failed for a reason not counted above still fails the run: count it once.
    counts.failed += counted === 0 && testModule.state() === 'failed' ? 1 : counted;
  }
  return counts;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const { passed, failed, skipped } = countResults(testModules, unhandledErrors.length);
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
  }
}
