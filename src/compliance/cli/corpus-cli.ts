import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/load-config.js';
import { AppError } from '../../common/errors/app-error.js';
import { addFile, CliError, fetchEed, formatDocuments, lockDataDir, openEngine } from './corpus-commands.js';

const USAGE = `Usage: npm run corpus -- <command>
  add FILE [--title TITLE] [--type text/plain|text/markdown|text/html|application/pdf]
  list
  remove DOCUMENT_ID
  fetch-eed [--timeout MS]     download Directive (EU) 2023/1791 from EUR-Lex and add it
Works on DATA_DIR (default ./data) while no server runs there: it takes the same lock as the server and refuses
(exit code 3) while one holds it. With a server running, use its API instead (POST or DELETE /api/compliance/documents).`;

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { title: { type: 'string' }, type: { type: 'string' }, timeout: { type: 'string', default: '30000' }, help: { type: 'boolean' } },
  });
  const [command, argument] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig(process.env);
  const lock = lockDataDir(config.dataDir);
  try {
    await run(command, argument, values, openEngine(config));
  } finally {
    lock.release();
  }
}

async function run(command: string, argument: string | undefined, values: { title?: string; type?: string; timeout?: string }, engine: ReturnType<typeof openEngine>): Promise<void> {
  switch (command) {
    case 'add': {
      if (!argument) throw new CliError(`add needs a FILE.\n${USAGE}`);
      const added = await addFile(engine, argument, { title: values.title, contentType: values.type });
      process.stdout.write(`added ${added.documentId} "${added.title}" (${added.chunkCount} chunks)\n`);
      return;
    }
    case 'list':
      await engine.open();
      process.stdout.write(`${formatDocuments(engine.listDocuments())}\n`);
      return;
    case 'remove':
      if (!argument) throw new CliError(`remove needs a DOCUMENT_ID.\n${USAGE}`);
      await engine.open();
      await engine.removeDocument(argument);
      process.stdout.write(`removed ${argument}\n`);
      return;
    case 'fetch-eed': {
      const added = await fetchEed(engine, { timeoutMs: Number(values.timeout) });
      process.stdout.write(`added ${added.documentId} "${added.title}" (${added.chunkCount} chunks)\n`);
      return;
    }
    default:
      throw new CliError(`Unknown command "${command}".\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = error.exitCode;
  } else if (error instanceof AppError) {
    process.stderr.write(`${error.code}: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
});
