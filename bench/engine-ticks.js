// Child process of telemetry.bench.js: times the writer engine's tick (the code the worker runs) for one store
// size, with the alert rules plugged in as the worker plugs them, and prints {median, p99, alertMedian, alertP99,
// ticks} as JSON, so each size starts from a clean heap. The tick figures include the rules; the alert figures
// are the rules' share of them, timed by the step itself.
import { WriterEngine } from '../dist/telemetry/writer/writer-engine.js';
import { AlertRules } from '../dist/telemetry/writer/alert-rules.js';
import { AlertStep } from '../dist/telemetry/writer/alert-step.js';
import { simulatedMeterId } from '../dist/telemetry/store/meter-ids.js';
import { createStoreBuffer, mapStore, storeDimensions } from '../dist/telemetry/store/store-layout.js';

const meters = Number(process.argv[2]);
const dims = storeDimensions(meters + 1000);
const views = mapStore(createStoreBuffer(dims), dims);
const engine = new WriterEngine(views, meters, true, 42);
engine.initialiseFresh();
const step = new AlertStep(new AlertRules(views, { silentAfterMs: 300_000, meterAlertsPerRegion: 10, thresholdsKw: [], percentile: 99 }, simulatedMeterId));
engine.addStep(step);
const ticks = meters >= 1_000_000 ? 40 : meters >= 100_000 ? 100 : 400;
// 61 warm-up ticks fill every history row, so timed ticks do not pay first-touch page faults.
const warmUp = 65;
const start = Date.now();
const durations = [];
const alertDurations = [];
let active = 0;
for (let i = 0; i < warmUp + ticks; i++) {
  const ms = engine.tick(start + i * 1000);
  const { alerts, alertsMs } = step.drain();
  for (const event of alerts) active += event.type === 'raised' ? 1 : -1;
  if (i >= warmUp) {
    durations.push(ms);
    alertDurations.push(alertsMs);
  }
}
const at = (list, p) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
process.stdout.write(JSON.stringify({ median: at(durations, 50), p99: at(durations, 99), alertMedian: at(alertDurations, 50), alertP99: at(alertDurations, 99), activeAlerts: active, ticks }));
