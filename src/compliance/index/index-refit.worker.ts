import { serveWorkerTask } from '../../common/worker-task-host.js';
import { buildLexicalIndexDir, type RefitTask } from './lexical-build.js';

/** Refits the offline embedder's IDF on the whole corpus and builds the index files, off the HTTP thread. */
serveWorkerTask('index-refit.worker', (task: RefitTask, stop) => buildLexicalIndexDir(task, stop));
