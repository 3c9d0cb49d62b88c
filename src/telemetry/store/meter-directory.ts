import { simulatedMeterId, simulatedSlotOf } from './meter-ids.js';

/**
 * Meter id <-> slot on the HTTP thread. Simulated ids are computed from the slot (no table for a
 * million meters); real ids live in a Map mirrored from the worker, which owns registration.
 */
export class MeterDirectory {
  private readonly slotById = new Map<string, number>();
  private readonly idBySlot = new Map<number, string>();
  /** Registrations in order, so a reader worker's mirror catches up with only what it has not seen. */
  private readonly addedIds: string[] = [];
  private readonly addedSlots: number[] = [];

  constructor(
    readonly simulatedCount: number,
    readonly capacity: number,
  ) {}

  add(id: string, slot: number): void {
    if (this.slotById.get(id) === slot) return;
    this.addedIds.push(id);
    this.addedSlots.push(slot);
    this.slotById.set(id, slot);
    this.idBySlot.set(slot, id);
  }

  /** The slot of a known meter, or -1. */
  slotOf(id: string): number {
    const simulated = simulatedSlotOf(id);
    if (simulated >= 0 && simulated < this.simulatedCount) return simulated;
    return this.slotById.get(id) ?? -1;
  }

  /**
   * The id of a real slot, or undefined while its registration has not reached this mirror (the writer marks the
   * slot in use before its reply arrives): a listing skips such a slot rather than invent an id for it.
   */
  realIdOf(slot: number): string | undefined {
    return this.idBySlot.get(slot);
  }

  idOf(slot: number): string {
    return slot < this.simulatedCount ? simulatedMeterId(slot) : (this.idBySlot.get(slot) ?? simulatedMeterId(slot));
  }

  /** Every registered real id with its slot (what a restarted worker is handed). */
  realEntries(): [string, number][] {
    return [...this.slotById.entries()];
  }

  /** Real meters registered after the first `seen`; `addedCount` is the value to pass next time. */
  addedSince(seen: number): [string, number][] {
    const delta: [string, number][] = [];
    for (let i = seen; i < this.addedIds.length; i++) delta.push([this.addedIds[i], this.addedSlots[i]]);
    return delta;
  }

  get addedCount(): number {
    return this.addedIds.length;
  }

  get realCount(): number {
    return this.slotById.size;
  }
}
