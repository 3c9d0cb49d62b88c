import 'reflect-metadata';
import { createApp } from '../dist/app.factory.js';
import { loadConfig } from '../dist/config/load-config.js';
import { TelemetryService } from '../dist/telemetry/telemetry.service.js';
const app = await createApp(loadConfig({ LOG_LEVEL: 'error', METER_COUNT: '5000', TICK_MS: '100000', DATA_DIR: '/tmp/prof/d2' }));
await app.init();
const svc = app.get(TelemetryService);
for (const q of [{ top: '100' }, {}]) {
  let t = performance.now(); let n = 0; let len = 0;
  while (performance.now() - t < 1000) { len = svc.listTelemetry(q, { origin: 'http://x', path: '/api/energy/telemetry' }).length; n++; }
  console.log('listTelemetry', JSON.stringify(q), (1000 / n * 1000).toFixed(1), 'us/call', len, 'bytes');
}
const obj = JSON.parse(svc.listTelemetry({}, { origin: 'http://x', path: '/api/energy/telemetry' }));
let t = performance.now(); let n = 0;
while (performance.now() - t < 1000) { JSON.stringify(obj); n++; }
console.log('JSON.stringify same', (1000 / n * 1000).toFixed(1), 'us/call');
t = performance.now(); n = 0;
while (performance.now() - t < 1000) { svc.getSummary(60); n++; }
console.log('summary', (1000 / n * 1000).toFixed(1), 'us/call');
await app.close();
