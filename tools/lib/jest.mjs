// Runs one jest configuration and counts its results from jest's JSON report (--json --outputFile), while the
// normal jest output goes to the console.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, localBin, sleep, spawnChild, stopProcess } from './proc.mjs';

// After the report is written jest should exit within seconds; if open handles keep it alive, stop it.
const EXIT_GRACE_MS = 30_000;

/**
 * Resolves to { passed, failed, notes[] }. `failed` counts failed tests plus suites that failed without a failing
 * test (a suite that could not run, a failing hook), and is at least 1 whenever jest itself failed.
 */
export async function runJest({ config, env = process.env, patterns = [], timeoutMs = 45 * 60_000 }) {
  const configPath = path.resolve(ROOT, config);
  if (!fs.existsSync(configPath)) return { passed: 0, failed: 1, notes: [`${config} does not exist`] };

  const report = path.join(os.tmpdir(), `scr-jest-${process.pid}-${Date.now()}.json`);
  // With file patterns, a group where none matches runs nothing rather than failing: the count says 0 passed.
  const selection = patterns.length > 0 ? ['--passWithNoTests', ...patterns] : [];
  const proc = spawnChild(
    localBin('jest'),
    ['-c', config, '--ci', '--json', `--outputFile=${report}`, ...selection],
    { env },
  );
  const notes = [];
  let finished = false;
  const watchdog = (async () => {
    const deadline = Date.now() + timeoutMs;
    while (!finished && Date.now() < deadline && !fs.existsSync(report)) await sleep(1000);
    if (finished) return;
    if (Date.now() >= deadline) {
      notes.push(`timed out after ${Math.round(timeoutMs / 60_000)} min`);
      await stopProcess(proc, 5000);
      return;
    }
    const exitBy = Date.now() + EXIT_GRACE_MS;
    while (!finished && Date.now() < exitBy) await sleep(500);
    if (!finished) {
      notes.push('jest did not exit after its run (open handles?): stopped');
      await stopProcess(proc, 5000);
    }
  })();
  const { code, signal } = await proc.done;
  finished = true;
  await watchdog;

  let result;
  try {
    result = JSON.parse(fs.readFileSync(report, 'utf8'));
  } catch {
    return {
      passed: 0,
      failed: 1,
      notes: [...notes, `jest failed before reporting (exit ${signal ?? code})`],
    };
  } finally {
    fs.rmSync(report, { force: true });
  }

  // Suites that failed with no failing test: they could not run (syntax/import error) or a hook failed.
  const brokenSuites = result.testResults.filter(
    (suite) => suite.status === 'failed' && !suite.assertionResults?.some((test) => test.status === 'failed'),
  );
  let failed = result.numFailedTests + Math.max(brokenSuites.length, result.numRuntimeErrorTestSuites ?? 0);
  if (brokenSuites.length > 0) {
    notes.push(
      `${brokenSuites.length} suite(s) failed to run: ${brokenSuites.map((s) => path.relative(ROOT, s.name)).join(', ')}`,
    );
  }
  if (result.numTotalTests === 0) notes.push('no tests found');
  if (code !== 0 && failed === 0 && !notes.some((n) => n.startsWith('jest did not exit'))) {
    failed = 1;
    notes.push(`jest exited with code ${code}`);
  }
  return { passed: result.numPassedTests, failed, notes };
}
