import { MeterStore } from '../store/meter-store.js';
import { createStoreBuffer, mapStore, storeDimensions, type StoreViews } from '../store/store-layout.js';
import { WriterEngine } from './writer-engine.js';

/** Specs' shorthand: a fresh store of `meters` simulated meters plus `realSlots` free slots, its engine and reader. */
export function storeWith(meters: number, realSlots: number, seed = 7): { views: StoreViews; engine: WriterEngine; store: MeterStore } {
  const dims = storeDimensions(meters + realSlots);
  const views = mapStore(createStoreBuffer(dims), dims);
  const engine = new WriterEngine(views, meters, true, seed);
  engine.initialiseFresh();
  return { views, engine, store: new MeterStore(views) };
}
