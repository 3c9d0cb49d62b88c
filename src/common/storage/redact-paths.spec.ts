import { HealthRegistry } from '../../ops/health-registry.js';
import { AppError } from '../errors/app-error.js';
import { CommonErrors } from '../errors/common-errors.js';
import { toErrorBody } from '../errors/to-error-body.js';
import { redactPaths } from './redact-paths.js';

const DATA_DIR = '/home/site/powergrid-data';
const WAL_ERROR = `EACCES: permission denied, open '${DATA_DIR}/readings.wal'`;

describe(redactPaths.name, () => {
  it('names the data directory DATA_DIR and hides any other quoted absolute path', () => {
    expect(redactPaths(`snapshot failed: ${WAL_ERROR}`, DATA_DIR)).toBe("snapshot failed: EACCES: permission denied, open 'DATA_DIR/readings.wal'");
    expect(redactPaths("EROFS: read-only file system, mkdir '/srv/x/index.tmp-1'")).toBe("EROFS: read-only file system, mkdir '<path>'");
    expect(redactPaths('4 chunks, embedder lexical')).toBe('4 chunks, embedder lexical');
  });

  it('keeps paths out of the unauthenticated health report (audit finding 9)', () => {
    const health = new HealthRegistry({ dataDir: DATA_DIR });
    health.register('store', () => ({ status: 'degraded', detail: `snapshots cannot be written: ${WAL_ERROR}` }));
    expect(JSON.stringify(health.report())).not.toContain(DATA_DIR);
  });

  it('keeps paths out of 503 bodies built from a file-system error (audit finding 9)', () => {
    const error = new AppError(CommonErrors.STORAGE_UNAVAILABLE, `The readings could not be written to the readings log (${WAL_ERROR}); resend them.`);
    expect(toErrorBody(error).body.message).toBe("The readings could not be written to the readings log (EACCES: permission denied, open '<path>'); resend them.");
  });
});
