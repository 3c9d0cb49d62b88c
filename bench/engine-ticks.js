// Child process of telemetry.bench.js: times the simulator engine's tick (the code the worker runs) for one
// store size and prints {median, p99, ticks} as JSON, so each size starts from a clean heap.
import { WriterEngine } from '../dist/telemetry/writer/writer-engine.js';
import { createStoreBuffer, mapStore, storeDimensions } from '../dist/telemetry/store/store-layout.js';

const meters = Number(process.argv[2]);
const dims = storeDimensions(meters + 1000);
const views = mapStore(createStoreBuffer(dims), dims);
const engine = new WriterEngine(views, meters, true, 42);
engine.initialiseFresh();
const ticks = meters >= 1_000_000 ? 40 : meters >= 100_000 ? 100 : 400;
// 61 warm-up ticks fill every history row, so timed ticks do not pay first-touch page faults.
const warmUp = 65;
const start = Date.now();
const durations = [];
for (let i = 0; i < warmUp + ticks; i++) {
  const ms = engine.tick(start + i * 1000);
  if (i >= warmUp) durations.push(ms);
}
durations.sort((a, b) => a - b);
const at = (p) => durations[Math.min(durations.length - 1, Math.floor((p / 100) * durations.length))];
process.stdout.write(JSON.stringify({ median: at(50), p99: at(99), ticks }));
