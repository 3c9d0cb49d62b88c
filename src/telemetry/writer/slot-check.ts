import { FLAG_REAL, FLAG_USED, type StoreViews } from '../store/store-layout.js';

export interface SlotCheck {
  /** The ids that name a real slot in use, one per slot. */
  realIds: [string, number][];
  /** Real slots that were in use without an id: now free. */
  freed: number;
  /** Ids whose slot was not a real slot in use (or was another id's): dropped. */
  dropped: number;
}

const REAL_IN_USE = FLAG_USED | FLAG_REAL;

/**
 * A restore never invents a meter: every real slot in use has exactly one id, and every id names a real slot
 * in use. What breaks that (a snapshot written before ids and columns were one cut, a restarted worker handed a
 * mirror that missed a registration whose reply died with the old worker) is repaired here: such slots are
 * freed and such ids dropped, before the counters are recomputed. Their meters come back from the readings
 * log, which holds every acknowledged registration the snapshot does not.
 */
export function checkRealSlots(views: StoreViews, realIds: Iterable<[string, number]>, simulatedCount: number): SlotCheck {
  const { capacity } = views.dims;
  const idBySlot = new Map<number, string>();
  const seen = new Set<string>();
  let dropped = 0;
  for (const [id, slot] of realIds) {
    const valid =
      typeof id === 'string' && !seen.has(id) && Number.isInteger(slot) && slot >= simulatedCount && slot < capacity && (views.flags[slot] & REAL_IN_USE) === REAL_IN_USE && !idBySlot.has(slot);
    if (!valid) {
      dropped++;
      continue;
    }
    seen.add(id);
    idBySlot.set(slot, id);
  }
  let freed = 0;
  for (let slot = simulatedCount; slot < capacity; slot++) {
    if ((views.flags[slot] & FLAG_USED) === 0 || idBySlot.has(slot)) continue;
    freeSlot(views, slot);
    freed++;
  }
  return { realIds: [...idBySlot].map(([slot, id]) => [id, slot]), freed, dropped };
}

/** Clears every per-slot column, so whoever takes the slot next starts from nothing. */
export function freeSlot(views: StoreViews, slot: number): void {
  for (const set of views.sets) {
    set.power[slot] = 0;
    set.voltage[slot] = 0;
    set.energy[slot] = 0;
    set.updatedAt[slot] = 0;
    set.status[slot] = 0;
  }
  views.flags[slot] = 0;
  views.kind[slot] = 0;
  views.region[slot] = 0;
  views.feeder[slot] = 0;
  views.histHead[slot] = 0;
  views.histCount[slot] = 0;
}

/** The note a startup adds when the check repaired something (empty when it found nothing). */
export function describeCheck(check: SlotCheck): string {
  if (check.freed === 0 && check.dropped === 0) return '';
  return `; freed ${check.freed} slot(s) in use without a meter id and dropped ${check.dropped} id(s) without a slot (their meters come back from the readings log)`;
}
