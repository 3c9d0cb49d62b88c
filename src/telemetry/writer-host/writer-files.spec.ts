import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEGACY_SNAPSHOT_FILE, SNAPSHOT_FILE, migrateSnapshotName } from './writer-files.js';

describe(migrateSnapshotName.name, () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'writer-files-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names the snapshot with an extension Jest does not claim', () => {
    expect(SNAPSHOT_FILE.endsWith('.snap')).toBe(false);
  });

  it('renames a snapshot left under the old name, once', () => {
    writeFileSync(join(dir, LEGACY_SNAPSHOT_FILE), 'old store');
    expect(migrateSnapshotName(dir)).toBe(`renamed the snapshot ${LEGACY_SNAPSHOT_FILE} to ${SNAPSHOT_FILE}`);
    expect(readFileSync(join(dir, SNAPSHOT_FILE), 'utf8')).toBe('old store');
    expect(existsSync(join(dir, LEGACY_SNAPSHOT_FILE))).toBe(false);
    expect(migrateSnapshotName(dir)).toBeUndefined();
  });

  it('keeps the current snapshot and sets an older one aside when both exist', () => {
    writeFileSync(join(dir, LEGACY_SNAPSHOT_FILE), 'older');
    writeFileSync(join(dir, SNAPSHOT_FILE), 'current');
    expect(migrateSnapshotName(dir)).toMatch(/set aside/);
    expect(readFileSync(join(dir, SNAPSHOT_FILE), 'utf8')).toBe('current');
    expect(readFileSync(join(dir, `${LEGACY_SNAPSHOT_FILE}.superseded`), 'utf8')).toBe('older');
    expect(existsSync(join(dir, LEGACY_SNAPSHOT_FILE))).toBe(false);
  });

  it('does nothing in an empty or missing folder', () => {
    expect(migrateSnapshotName(dir)).toBeUndefined();
    expect(migrateSnapshotName(join(dir, 'none'))).toBeUndefined();
  });
});
