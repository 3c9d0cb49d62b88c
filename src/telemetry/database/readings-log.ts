import type { Pool, PoolClient } from 'pg';
import { inTransaction } from '../../common/database/transaction.js';
import type { CommittedBatchColumns } from '../writer/committed-readings.js';
import { batchHash, decodeColumns, encodeColumn, type CommittedColumns } from './batch-codec.js';

/** Serialises commits of reading batches and meter changes across instances, so numbers follow commit order. */
export const TELEMETRY_LOCK_KEY = 7_264_002;
export const READINGS_CHANNEL = 'powergrid_telemetry';

export interface StoredMeter {
  ordinal: number;
  meterId: string;
  kind: number | null;
  region: number | null;
  feeder: number | null;
  site: string | null;
  changedSeq: number;
}

/** A batch as read back from `reading_batches`: the shape the writer applies. */
export type CommittedBatch = CommittedBatchColumns;

/** A batch to commit: meter ids in order, values as the validator packed them. */
export interface OutgoingBatch {
  meterIds: readonly string[];
  /** Per reading: its meter's ordinal when this instance already knows it, else -1 (all unknown when absent). */
  knownOrdinals?: Int32Array;
  timestamps: Float64Array;
  power: Float64Array;
  voltage: Float64Array;
  energy: Float64Array;
  status: Int8Array;
}

export interface AppendResult {
  /** The number of the batch, or of its first commit when this was a resend. */
  seq: number;
  duplicate: boolean;
  /** Per reading: its meter's ordinal, or -1 when no meter slot was left for it. */
  ordinals: Int32Array;
  /** Meters this commit registered, numbered just before the batch. */
  registered: StoredMeter[];
  /** The readings as stored (those with a meter slot); absent for a resend. seq is 0 when none had a slot. */
  stored?: CommittedColumns;
}

const METER_COLUMNS = 'ordinal, meter_id, kind, region, feeder, site, changed_seq';

/**
 * The database half of the readings path: a batch is committed in one transaction (new meters registered, one
 * row of typed-array columns inserted, listeners notified on commit), and followers read batches back by number.
 */
export class ReadingsLog {
  constructor(
    private readonly pool: Pool,
    private readonly realMeterSlots: number,
  ) {}

  /**
   * Ordinals the instance already knows come with the batch (`knownOrdinals`): they never change once given, and
   * looking 10,000 ids up again (in the meters table, or even in a Map here) was the largest cost of a commit.
   * Only the ids without one are registered or looked up, in a transaction with the insert.
   */
  async append(batch: OutgoingBatch): Promise<AppendResult> {
    const ordinals = batch.knownOrdinals ? Int32Array.from(batch.knownOrdinals) : new Int32Array(batch.meterIds.length).fill(-1);
    const unknown = new Set<string>();
    for (let i = 0; i < ordinals.length; i++) if (ordinals[i] < 0) unknown.add(batch.meterIds[i]);
    const commit = async (client: Pool | PoolClient, registered: StoredMeter[]): Promise<AppendResult> => {
      const stored = storedColumns(ordinals, batch);
      if (stored.count === 0) return { seq: 0, duplicate: false, ordinals, registered };
      let newest = 0;
      for (const t of stored.timestamps) if (t > newest) newest = t;
      const { rows } = await client.query<{ out_seq: string; out_duplicate: boolean }>(
        'SELECT out_seq, out_duplicate FROM commit_reading_batch($1, $2, $3, $4, $5, $6, $7, $8, $9)',
        [batchHash(stored), stored.count, newest, encodeColumn(stored.ordinals), encodeColumn(stored.timestamps), encodeColumn(stored.power), encodeColumn(stored.voltage), encodeColumn(stored.energy), encodeColumn(stored.status)],
      );
      const duplicate = rows[0].out_duplicate;
      return { seq: Number(rows[0].out_seq), duplicate, ordinals, registered, stored: duplicate ? undefined : stored };
    };
    // Usually every meter is known: one statement, committed on its own.
    if (unknown.size === 0) return commit(this.pool, []);
    return this.transaction(async (client) => {
      const { ordinalOf, registered } = await this.register(client, [...unknown]);
      for (let i = 0; i < ordinals.length; i++) if (ordinals[i] < 0) ordinals[i] = ordinalOf.get(batch.meterIds[i]) ?? -1;
      return commit(client, registered);
    });
  }

  /** Registers or updates one meter's attributes (PUT); returns the stored row. Undefined when no slot is left. */
  async putMeter(meterId: string, attributes: { kind: number; region: number; feeder: number; site: string | null }): Promise<StoredMeter | undefined> {
    return this.transaction(async (client) => {
      const { ordinalOf } = await this.register(client, [meterId]);
      if (!ordinalOf.has(meterId)) return undefined;
      const seq = await nextSeq(client);
      const { rows } = await client.query<MeterRow>(
        `UPDATE meters SET kind = $2, region = $3, feeder = $4, site = $5, changed_seq = $6, updated_at = now()
         WHERE meter_id = $1 RETURNING ${METER_COLUMNS}`,
        [meterId, attributes.kind, attributes.region, attributes.feeder, attributes.site, seq],
      );
      await client.query('SELECT pg_notify($1, $2)', [READINGS_CHANNEL, String(seq)]);
      return toMeter(rows[0]);
    });
  }

  /** The newest committed number: every batch and meter change up to it is visible. */
  async head(): Promise<number> {
    const { rows } = await this.pool.query<{ last_seq: string }>('SELECT last_seq FROM telemetry_head');
    return Number(rows[0].last_seq);
  }

  async metersChangedBetween(after: number, upTo: number): Promise<StoredMeter[]> {
    const { rows } = await this.pool.query<MeterRow>(`SELECT ${METER_COLUMNS} FROM meters WHERE changed_seq > $1 AND changed_seq <= $2 ORDER BY ordinal`, [after, upTo]);
    return rows.map(toMeter);
  }

  /** Batches numbered in (after, upTo], at most `limit`, leaving out the numbers in `skip` (ones the caller holds). */
  async batchesBetween(after: number, upTo: number, limit: number, skip: readonly number[] = []): Promise<CommittedBatch[]> {
    const { rows } = await this.pool.query<BatchRow>(
      'SELECT seq, reading_count, ordinals, timestamps, power, voltage, energy, status FROM reading_batches WHERE seq > $1 AND seq <= $2 AND seq <> ALL($4::bigint[]) ORDER BY seq LIMIT $3',
      [after, upTo, limit, skip],
    );
    return rows.map((row) => ({ seq: Number(row.seq), columns: decodeColumns(row) }));
  }

  /** Deletes batches committed before `before`; the stores keep their own recent history. Returns the rows removed. */
  async prune(before: Date): Promise<number> {
    const result = await this.pool.query('DELETE FROM reading_batches WHERE committed_at < $1', [before]);
    return result.rowCount ?? 0;
  }

  /**
   * Ordinals of the given ids, registering the unknown ones in order while slots remain. Runs under the
   * lock, so max(ordinal) + n never collides and ordinals stay gapless.
   */
  private async register(client: PoolClient, ids: string[]): Promise<{ ordinalOf: Map<string, number>; registered: StoredMeter[] }> {
    if (ids.length === 0) return { ordinalOf: new Map(), registered: [] };
    const known = await client.query<{ meter_id: string; ordinal: number }>('SELECT meter_id, ordinal FROM meters WHERE meter_id = ANY($1::text[])', [ids]);
    const ordinalOf = new Map(known.rows.map((row) => [row.meter_id, row.ordinal]));
    const fresh = ids.filter((id) => !ordinalOf.has(id));
    if (fresh.length === 0) return { ordinalOf, registered: [] };
    const { rows } = await client.query<{ next: number }>('SELECT coalesce(max(ordinal) + 1, 0) AS next FROM meters');
    const first = rows[0].next;
    const admitted = fresh.slice(0, Math.max(0, this.realMeterSlots - first));
    if (admitted.length === 0) return { ordinalOf, registered: [] };
    const seq = await nextSeq(client);
    await client.query(
      'INSERT INTO meters (ordinal, meter_id, changed_seq) SELECT $2 + n - 1, id, $3 FROM unnest($1::text[]) WITH ORDINALITY AS u(id, n)',
      [admitted, first, seq],
    );
    const registered = admitted.map((meterId, i) => ({ ordinal: first + i, meterId, kind: null, region: null, feeder: null, site: null, changedSeq: seq }));
    for (const meter of registered) ordinalOf.set(meter.meterId, meter.ordinal);
    return { ordinalOf, registered };
  }

  private transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [TELEMETRY_LOCK_KEY]);
      return work(client);
    });
  }
}

interface MeterRow {
  ordinal: number;
  meter_id: string;
  kind: number | null;
  region: number | null;
  feeder: number | null;
  site: string | null;
  changed_seq: string;
}

interface BatchRow {
  seq: string;
  reading_count: number;
  ordinals: Buffer;
  timestamps: Buffer;
  power: Buffer;
  voltage: Buffer;
  energy: Buffer;
  status: Buffer;
}

/** Readings whose meter got no slot are answered TELEMETRY_CAPACITY_REACHED and not stored. */
function storedColumns(ordinals: Int32Array, batch: OutgoingBatch): CommittedColumns {
  let count = 0;
  for (const ordinal of ordinals) if (ordinal >= 0) count++;
  // A copy: the stored columns may move to the store's thread, and the per-reading ordinals are answered from.
  if (count === ordinals.length) return { count, ordinals: ordinals.slice(), timestamps: batch.timestamps, power: batch.power, voltage: batch.voltage, energy: batch.energy, status: batch.status };
  const keep = (i: number) => ordinals[i] >= 0;
  const pick = <T extends Int32Array | Float64Array | Int8Array>(column: T): T => column.filter((_, i) => keep(i)) as T;
  return { count, ordinals: pick(ordinals), timestamps: pick(batch.timestamps), power: pick(batch.power), voltage: pick(batch.voltage), energy: pick(batch.energy), status: pick(batch.status) };
}

async function nextSeq(client: PoolClient): Promise<number> {
  const { rows } = await client.query<{ last_seq: string }>('UPDATE telemetry_head SET last_seq = last_seq + 1 RETURNING last_seq');
  return Number(rows[0].last_seq);
}

function toMeter(row: MeterRow): StoredMeter {
  return { ordinal: row.ordinal, meterId: row.meter_id, kind: row.kind, region: row.region, feeder: row.feeder, site: row.site, changedSeq: Number(row.changed_seq) };
}
