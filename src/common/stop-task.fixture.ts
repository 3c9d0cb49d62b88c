import { serveWorkerTask } from './worker-task-host.js';

/** A task that never ends by itself: it rejects with its stop signal's reason once the parent asks it to stop. */
serveWorkerTask('stop-task.fixture', (_data: unknown, stop) => new Promise<never>((_resolve, reject) => stop.addEventListener('abort', () => reject(stop.reason as Error))));
