// npm run audit:prod — fails (exit 1) when `npm audit --omit=dev` reports a high or critical advisory in a
// production dependency, and fails differently (exit 2) when the advisory endpoint cannot be reached, so an
// unreachable registry is never mistaken for a clean audit.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}

if (!report?.metadata?.vulnerabilities) {
  const reason = report?.error?.summary || report?.message || (run.stderr.trim().split('\n').find((line) => /error|warn/.test(line)) || `npm exited ${run.status}`);
  console.error(`audit:prod: the advisory endpoint did not answer, so nothing was checked: ${reason}`);
  process.exit(2);
}

const counts = report.metadata.vulnerabilities;
console.log(`audit:prod: ${report.metadata.dependencies?.prod ?? report.metadata.dependencies?.total ?? '?'} production dependencies; advisories: ` +
  ['critical', 'high', 'moderate', 'low', 'info'].map((level) => `${level} ${counts[level] ?? 0}`).join(', '));
const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => v.severity === 'high' || v.severity === 'critical');
for (const v of serious) {
  const via = v.via.map((item) => (typeof item === 'string' ? `via ${item}` : `${item.title} (${item.url})`)).join('; ');
  const fix = v.fixAvailable === true ? 'fix: npm audit fix' : v.fixAvailable ? `fix: ${v.fixAvailable.name}@${v.fixAvailable.version}` : 'no fix available';
  console.log(`  ${v.severity.toUpperCase()} ${v.name} ${v.range}: ${via} [${fix}]`);
}
process.exit(serious.length > 0 ? 1 : 0);
