import { SnapshotChain, type SnapshotReply } from './snapshot-chain.js';
import { StorageState } from './storage-state.js';

const quiet = { debug: () => undefined, error: () => undefined };

describe(SnapshotChain.name, () => {
  it('runs snapshots one after another, never two at once', async () => {
    let running = 0;
    let most = 0;
    const chain = new SnapshotChain(async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running--;
      return { ok: true, bytes: 1, durationMs: 1 };
    }, new StorageState(), quiet);
    await Promise.all([chain.run(), chain.run(), chain.run()]);
    expect(most).toBe(1);
  });

  it('reports a disk error as storage trouble until a snapshot succeeds, and goes on after a failure', async () => {
    const replies: SnapshotReply[] = [
      { ok: false, bytes: 0, durationMs: 0, error: 'ENOSPC: no space left on device' },
      { ok: false, bytes: 0, durationMs: 0, error: 'a snapshot is already being written' },
      { ok: true, bytes: 10, durationMs: 1 },
    ];
    const storage = new StorageState();
    const chain = new SnapshotChain(async () => replies.shift() as SnapshotReply, storage, quiet);
    await expect(chain.run()).rejects.toThrow('ENOSPC');
    expect(storage.error).toBe('the last snapshot failed: ENOSPC: no space left on device');
    await expect(chain.run()).rejects.toThrow('already being written');
    expect(storage.error).toMatch(/ENOSPC/);
    await chain.run();
    expect(storage.error).toBeUndefined();
  });
});

describe(StorageState.name, () => {
  it('clears a failure only when a write of the same kind succeeds', () => {
    const storage = new StorageState();
    storage.readingsLogFailed('EIO: i/o error');
    storage.snapshotWritten();
    expect(storage.error).toBe('the readings log cannot be written: EIO: i/o error');
    storage.readingsLogWritten();
    expect(storage.error).toBeUndefined();
    storage.snapshotFailed('EROFS: read-only file system');
    storage.readingsLogWritten();
    expect(storage.error).toBe('the last snapshot failed: EROFS: read-only file system');
  });
});
