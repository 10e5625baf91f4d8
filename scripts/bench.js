#!/usr/bin/env node
// Side-by-side timings, medians of several interleaved runs (machines here are noisy).
// Usage: npm run bench [-- --runs N]
import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../dist/emulator/emulator.js';
import { findScenario } from '../dist/emulator/scenarios/index.js';
import { runPlaybook } from '../dist/engine/runPlaybook.js';
import { resolveTarget } from '../dist/engine/resolveTarget.js';
import { missingDirPlaybook } from '../dist/playbooks/missingDir.js';
import { runLocally } from '../dist/probes/localRunner.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const bin = fileURLToPath(new URL('../bin/wid-check.js', import.meta.url));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = async (work) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

async function compare(title, variants) {
  const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) for (const [name, work] of Object.entries(variants)) samples[name].push(await time(work));
  const medians = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  const [base] = Object.values(medians);
  console.log(`\n${title} (median of ${runs})`);
  for (const [name, ms] of Object.entries(medians)) console.log(`  ${name.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms  ×${(ms / base).toFixed(2)}`);
}

await compare('process start', {
  'node -e ""': () => execFileSync(process.execPath, ['-e', '']),
  'wid-check --version': () => execFileSync(process.execPath, [bin, '--version']),
  'wid-check --help': () => execFileSync(process.execPath, [bin, '--help']),
});

const emulator = await startEmulator(findScenario('healthy'));
const params = { credsDir: emulator.credsDir, metadataHost: emulator.metadataHost, timeoutMs: 10_000, metadataTimeoutMs: 2000, workload: {} };
const concurrent = (probe) => runLocally(probe, emulator.env);
let queue = Promise.resolve();
const oneByOne = (probe) => {
  const result = queue.then(() => runLocally(probe, emulator.env));
  queue = result.then(() => undefined);
  return result;
};
const playbook = (runner) => () => {
  let target;
  return runPlaybook(missingDirPlaybook, { params, runner, target: () => (target ??= resolveTarget({}, emulator.env, params, runner)) });
};
await compare('missing-dir on the emulator, in process', {
  'engine: independent probes concurrently': playbook(concurrent),
  'same probes one by one (as typed by hand)': playbook(oneByOne),
});
await emulator.stop();

// Child processes run asynchronously: the emulator answers from this same process.
const child = (program, args, env) =>
  new Promise((resolve) => execFile(program, args, { env }, () => resolve()));
const script = execFileSync(process.execPath, [bin, 'script', 'missing-dir']).toString();
const shared = await startEmulator(findScenario('healthy'));
const flags = ['--creds-dir', shared.credsDir];
await compare('missing-dir on the emulator, whole programs', {
  'wid-check missing-dir (Node.js CLI)': () => child(process.execPath, [bin, 'missing-dir', ...flags], shared.env),
  'generated bash script': () => child('bash', ['-c', script, 'wid-check', ...flags], shared.env),
  'wid-check missing-dir --ssh (one connection)': () =>
    child(process.execPath, [bin, 'missing-dir', '--vm', 'vm-1', '--zone', 'us-central1-a', '--ssh', ...flags], shared.env),
  'wid-check diagnose (credential checks)': () => child(process.execPath, [bin, ...flags], shared.env),
});
await shared.stop();
