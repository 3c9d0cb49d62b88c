type Kind = 'log' | 'snapshot';

/** Matches errors a retry on the same disk will not fix; other snapshot failures (a busy writer) are not disk trouble. */
const DISK_ERROR = /^(ENOSPC|EDQUOT|EROFS|EACCES|EPERM|EIO)\b/;

/**
 * The last write the disk refused (readings log or snapshot), until a later write of the same kind succeeds:
 * health reports it as degraded. A newer failure replaces an older one of the other kind.
 */
export class StorageState {
  private last: { kind: Kind; message: string } | undefined;

  get error(): string | undefined {
    return this.last?.message;
  }

  readingsLogFailed(reason: string): void {
    this.last = { kind: 'log', message: `the readings log cannot be written: ${reason}` };
  }

  readingsLogWritten(): void {
    if (this.last?.kind === 'log') this.last = undefined;
  }

  snapshotFailed(reason: string): void {
    if (DISK_ERROR.test(reason)) this.last = { kind: 'snapshot', message: `the last snapshot failed: ${reason}` };
  }

  snapshotWritten(): void {
    if (this.last?.kind === 'snapshot') this.last = undefined;
  }
}
