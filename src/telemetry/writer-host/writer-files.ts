import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/** The store snapshot, under DATA_DIR. Not `.snap`: Jest takes any `.snap` file for one of its own snapshots. */
export const SNAPSHOT_FILE = 'telemetry-store.bin';
/** The snapshot's name before 2026-12: renamed once at boot. */
export const LEGACY_SNAPSHOT_FILE = 'telemetry-store.snap';
/** Folder of the readings write-ahead log, under DATA_DIR. */
export const WAL_DIR = 'wal';

/**
 * Renames a snapshot left under its old name, so an upgrade keeps the store. When both names exist the old one
 * is older than the current snapshot; it is set aside (not deleted) under a name Jest ignores. Returns what it did.
 */
export function migrateSnapshotName(dataDir: string): string | undefined {
  const legacy = join(dataDir, LEGACY_SNAPSHOT_FILE);
  if (!existsSync(legacy)) return undefined;
  const current = join(dataDir, SNAPSHOT_FILE);
  if (!existsSync(current)) {
    renameSync(legacy, current);
    return `renamed the snapshot ${LEGACY_SNAPSHOT_FILE} to ${SNAPSHOT_FILE}`;
  }
  renameSync(legacy, `${legacy}.superseded`);
  return `set aside an old ${LEGACY_SNAPSHOT_FILE} as ${LEGACY_SNAPSHOT_FILE}.superseded: ${SNAPSHOT_FILE} is newer`;
}
