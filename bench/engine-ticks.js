// Child process of telemetry.bench.js: times the simulator engine's tick (the code the worker runs) for one
// store size and prints {median, p99, ticks} as JSON, so each size starts from a clean heap.
import { SimulatorEngine } from '../dist/telemetry/simulator/simulator-engine.js';
import { createStoreBuffer, frontSet, mapStore, storeDimensions, H_GRID_COUNT, H_GRID_HEAD } from '../dist/telemetry/store/store-layout.js';
import { AlertRules } from '../dist/telemetry/alerts/alert-rules.js';
import { simulatedMeterId } from '../dist/telemetry/store/meter-ids.js';

const meters = Number(process.argv[2]);
const dims = storeDimensions(meters + 1000);
const views = mapStore(createStoreBuffer(dims), dims);
const engine = new SimulatorEngine(views, meters, true, 42);
engine.initialiseFresh();
const ticks = meters >= 1_000_000 ? 40 : meters >= 100_000 ? 100 : 400;
// 61 warm-up ticks fill every history row, so timed ticks do not pay first-touch page faults.
const warmUp = 65;
// The alert rules' pass over the tick just published, timed on its own: the writer runs the same calls per tick.
const rules = new AlertRules(views, { silentAfterMs: 300_000, meterAlertsPerRegion: 10, thresholdsKw: [], percentile: 99 }, simulatedMeterId);
const history = () => ({ regionLoad: views.gridRegionLoad, head: views.header[H_GRID_HEAD], count: views.header[H_GRID_COUNT], length: dims.gridLength });
const start = Date.now();
const durations = [];
const alertDurations = [];
let events = 0;
for (let i = 0; i < warmUp + ticks; i++) {
  const now = start + i * 1000;
  const ms = engine.tick(now);
  const began = performance.now();
  rules.begin(frontSet(views), now);
  rules.scan(frontSet(views), 0, engine.highWater, now);
  const head = views.header[H_GRID_HEAD];
  events += rules.finish(now, views.gridRegionLoad.subarray(head * 8, head * 8 + 8), history()).length;
  const alertMs = performance.now() - began;
  if (i >= warmUp) {
    durations.push(ms);
    alertDurations.push(alertMs);
  }
}
const at = (list, p) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
process.stdout.write(JSON.stringify({ median: at(durations, 50), p99: at(durations, 99), alertMedian: at(alertDurations, 50), alertP99: at(alertDurations, 99), activeAlerts: rules.activeCount(), alertEvents: events, ticks }));
