// Runs the two copilot gates of `npm test` side by side, one per core: the compliance eval on its test split
// (`compliance-eval.mjs --check`) and the gate's robustness check (`gate-robustness.mjs --check`). Each boots
// its own app in its own process, so neither waits for the other; each one's output is printed whole when it
// ends, so the tables do not interleave. Exits non-zero when either gate fails.
// Usage: node eval/run-gates.mjs   (after `nest build`; `npm test` builds first)
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const gates = [
  { name: 'compliance eval', script: 'compliance-eval.mjs' },
  { name: 'gate robustness', script: 'gate-robustness.mjs' },
];

function run({ name, script }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(here, script), '--check'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ name, code: 1, output: Buffer.from(String(error)), seconds: 0 }));
    child.on('close', (code, signal) =>
      resolve({ name, code: code ?? (signal ? 1 : 0), output: Buffer.concat(output), seconds: (Date.now() - started) / 1000 }),
    );
  });
}

const results = await Promise.all(
  gates.map(async (gate) => {
    const result = await run(gate);
    process.stdout.write(`\n=== ${result.name} (${result.seconds.toFixed(0)} s, exit ${result.code}) ===\n`);
    process.stdout.write(result.output);
    return result;
  }),
);

const failed = results.filter((result) => result.code !== 0);
for (const { name, code } of failed) console.error(`${name} failed (exit ${code})`);
process.exit(failed.length > 0 ? 1 : 0);
