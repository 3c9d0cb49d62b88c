// Instructions per engine tick, robust to machine load (wall-clock ticks on a shared 2-core machine vary 2x).
// Runs `warm` + `ticks` ticks over a fresh store of `meters` simulated meters; the difference between callgrind's
// instruction totals of two runs that differ only in `ticks`, divided by that difference, is the cost of a tick:
//   for t in 2 10; do valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//     node --single-threaded --predictable bench/engine-tick-instructions.js \
//     dist/telemetry/writer/writer-engine.js WriterEngine dist/telemetry/store/store-layout.js 200000 10 $t 2>&1 | grep Collected; done
// (--single-threaded --predictable keep V8's background compiler and GC threads out of the count.)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [enginePath, className, layoutPath, metersArg, warmArg, ticksArg] = process.argv.slice(2);
const engineModule = await import(pathToFileURL(resolve(enginePath)).href);
const { createStoreBuffer, mapStore, storeDimensions } = await import(pathToFileURL(resolve(layoutPath)).href);
const meters = Number(metersArg);
const dims = storeDimensions(meters + 1000);
const views = mapStore(createStoreBuffer(dims), dims);
const engine = new engineModule[className](views, meters, true, 42);
engine.initialiseFresh();
const start = Date.UTC(2026, 10, 25, 18);
const total = Number(warmArg) + Number(ticksArg);
for (let i = 0; i < total; i++) engine.tick(start + i * 1000);
process.stdout.write(`${meters} meters, ${total} ticks\n`);
