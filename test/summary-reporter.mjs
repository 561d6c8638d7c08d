// Ends the run with one plain "N passed, N failed, N skipped" line, for CI logs.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let broken = 0;
      for (const session of sessions) {
        count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken++;
      }
      // A file that failed to load has no test results; count it as a failure.
      totals.failed += broken;
      process.on('exit', () => console.log(`\nwtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`));
    },
  };
}
