import { serveWorkerTask } from '../../common/worker-task-host.js';
import { compactIndexDir, type CompactTask } from './lexical-build.js';

/** Folds the index journal into new base files in a staging directory, off the HTTP thread. */
serveWorkerTask('index-compact.worker', (task: CompactTask, stop) => compactIndexDir(task, stop));
