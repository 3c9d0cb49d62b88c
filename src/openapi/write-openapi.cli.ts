import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderOpenApiJson } from './openapi-snapshot.js';
import { findOperationProblems } from './openapi-rules.js';

/** `npm run openapi`: writes openapi.json at the project root, or lists the operations that break the rules. */
async function main(): Promise<void> {
  const json = await renderOpenApiJson();
  const problems = findOperationProblems(JSON.parse(json) as Record<string, unknown>);
  if (problems.length > 0) {
    process.stderr.write(`openapi.json not written; fix these operations:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exitCode = 1;
    return;
  }
  const target = fileURLToPath(new URL('../../openapi.json', import.meta.url));
  writeFileSync(target, json);
  process.stdout.write(`wrote ${target} (${Buffer.byteLength(json)} bytes)\n`);
}

await main();
