// Runs @apidevtools/swagger-parser in a plain Node process: it is CommonJS that require()s an ESM-only
// package, which Node 20.19 loads and Jest's module loader cannot. Reads a document on stdin, prints
// "valid" or the validator's message and exits non-zero.
import SwaggerParser from '@apidevtools/swagger-parser';

let input = '';
for await (const chunk of process.stdin) input += chunk;
try {
  await SwaggerParser.validate(JSON.parse(input));
  process.stdout.write('valid\n');
} catch (error) {
  process.stdout.write(`${error.message}\n`);
  process.exitCode = 1;
}
