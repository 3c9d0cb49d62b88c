import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface WorkerEntry {
  entry: string | URL;
  eval: boolean;
}

/**
 * Where to start a worker whose compiled file is `compiled`. Compiled builds run that .js file. Under Jest
 * or tsx only the .ts sibling exists, and Node 20 does not apply `--import tsx` to a worker's entry file,
 * so a tiny eval entry registers tsx in the worker first. If that fails, the worker posts
 * `failureMessage(errorText)` (a JS object literal in the worker's own message protocol) to its parent.
 */
export function workerEntry(compiled: URL, failureMessage: (errorText: string) => string): WorkerEntry {
  if (existsSync(fileURLToPath(compiled))) return { entry: compiled, eval: false };
  const source = compiled.href.replace(/\.js$/, '.ts');
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const code =
    `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })` +
    `.catch((error) => { require('node:worker_threads').parentPort.postMessage(${failureMessage('String(error && error.stack || error)')}); });`;
  return { entry: code, eval: true };
}
