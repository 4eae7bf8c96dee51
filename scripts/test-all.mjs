// Runs every check in order — typecheck, lint, format, unit tests, browser tests — and ends with
// one summary line ("N passed, N failed") that CI and people can read at a glance.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  { name: 'typecheck', command: 'npx', args: ['tsc'] },
  { name: 'lint', command: 'npx', args: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'format', command: 'npx', args: ['prettier', '--check', '.', '--log-level', 'warn'] },
  {
    name: 'unit',
    command: 'npx',
    args: [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/unit.json',
    ],
    report: 'test-results/unit.json',
  },
  { name: 'browser', command: 'node', args: ['scripts/ensure-browser.mjs'] },
  { name: 'e2e', command: 'npx', args: ['playwright', 'test'], report: 'test-results/e2e.json' },
];

function countTests(step) {
  if (!step.report || !existsSync(step.report)) return undefined;
  const report = JSON.parse(readFileSync(step.report, 'utf8'));
  if (step.name === 'unit') {
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  }
  const stats = report.stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
}

const results = [];
const started = Date.now();
for (const step of steps) {
  if (step.report) rmSync(step.report, { force: true });
  console.log(`\n▶ ${step.name}: ${step.command} ${step.args.join(' ')}`);
  const stepStart = Date.now();
  const status = spawnSync(step.command, step.args, { stdio: 'inherit' }).status;
  const ok = status === 0;
  results.push({ ...step, ok, counts: countTests(step), seconds: (Date.now() - stepStart) / 1000 });
  if (!ok && step.name === 'browser') break; // no browser, no e2e
}

console.log('\nSummary');
for (const r of results) {
  const counts = r.counts ? ` (${r.counts.passed} passed, ${r.counts.failed} failed)` : '';
  console.log(`  ${r.ok ? '✔' : '✘'} ${r.name}${counts} — ${r.seconds.toFixed(1)} s`);
}
const tests = results.reduce(
  (sum, r) => ({
    passed: sum.passed + (r.counts?.passed ?? 0),
    failed: sum.failed + (r.counts?.failed ?? 0),
  }),
  { passed: 0, failed: 0 },
);
const failedSteps = results.filter((r) => !r.ok).length + (steps.length - results.length);
// A step that fails without failing tests (typecheck, lint…) still counts as a failure.
const failed =
  Math.max(tests.failed, 0) + (failedSteps > 0 && tests.failed === 0 ? failedSteps : 0);
console.log(`  total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${tests.passed} passed, ${failed} failed`);
process.exit(failedSteps === 0 ? 0 : 1);
