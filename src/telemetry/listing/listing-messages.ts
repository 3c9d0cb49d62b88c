import type { StoreDimensions } from '../store/store-layout.js';
import type { ListQuery } from '../telemetry-query.js';
import type { RequestOrigin } from './render-listing.js';

export interface ListingWorkerData {
  buffer: SharedArrayBuffer;
  dims: StoreDimensions;
  simulatedCount: number;
}

export interface ListingRequestMessage {
  id: number;
  query: ListQuery;
  origin: RequestOrigin;
  /** Real meters registered since the previous request sent to this worker. */
  realIds: [string, number][];
}

export type ListingReplyMessage = { id: number; ok: true; json: string } | { id: number; ok: false; error: string };
