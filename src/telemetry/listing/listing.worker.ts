import { parentPort, workerData } from 'node:worker_threads';
import { MeterDirectory } from '../store/meter-directory.js';
import { mapStore } from '../store/store-layout.js';
import type { ListingReplyMessage, ListingRequestMessage, ListingWorkerData } from './listing-messages.js';
import { renderListing } from './render-listing.js';

/**
 * A reader of the meter store: scans, counts and renders listing pages off the HTTP thread. It reads the
 * shared buffer under the seqlock like the HTTP thread does and never writes it.
 */
function main(): void {
  const port = parentPort;
  if (!port) throw new Error('listing.worker must run as a worker thread');
  const data = workerData as ListingWorkerData;
  const views = mapStore(data.buffer, data.dims);
  const directory = new MeterDirectory(data.simulatedCount, data.dims.capacity);
  port.on('message', (message: ListingRequestMessage) => {
    for (const [id, slot] of message.realIds) directory.add(id, slot);
    let reply: ListingReplyMessage;
    try {
      reply = { id: message.id, ok: true, json: renderListing(views, directory, message.query, message.origin) };
    } catch (error) {
      reply = { id: message.id, ok: false, error: (error as Error).message };
    }
    port.postMessage(reply);
  });
}

main();
