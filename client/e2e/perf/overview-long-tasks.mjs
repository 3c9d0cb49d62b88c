// Issue 5 performance check (not part of CI): runs the overview for ~10 s against a server with
// 1,000,000 meters ticking every second and reports Chromium long tasks (PerformanceObserver 'longtask').
// Fails when a long task during the steady live phase reaches 200 ms.
import { launchChromium, screenshot } from '../support/browser.mjs';
import { startServer } from '../support/start-server.mjs';

const BUDGET_MS = 200;
const WATCH_MS = Number(process.env.PERF_WATCH_MS ?? 10_000);
const meterCount = process.env.PERF_METER_COUNT ?? '1000000';

const server = await startServer({ METER_COUNT: meterCount, TICK_MS: '1000', LOG_LEVEL: 'warn' }, { readyTimeoutMs: 300_000 });
const browser = await launchChromium();
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${server.baseUrl}/`);
  await page.getByTestId('tick').waitFor({ timeout: 60_000 });
  const liveFrom = await page.evaluate(() => performance.now());
  const firstTick = Number(await page.getByTestId('tick').textContent());
  await page.waitForTimeout(WATCH_MS);
  const lastTick = Number(await page.getByTestId('tick').textContent());
  const points = await page.evaluate(() => document.querySelector('.chart')?.getAttribute('aria-label') ?? '');
  const tasks = await page.evaluate(() => window.__longTasks);
  await screenshot(page, 'perf-overview-1m');
  const steady = tasks.filter((task) => task.start >= liveFrom);
  const max = (list) => list.reduce((top, task) => Math.max(top, task.duration), 0);
  console.log(`meters: ${meterCount}; watched ${WATCH_MS} ms; ticks ${firstTick} -> ${lastTick}; chart: ${points}`);
  console.log(`long tasks during page load: ${tasks.length - steady.length}, max ${max(tasks.filter((t) => t.start < liveFrom)).toFixed(0)} ms`);
  console.log(`long tasks while live: ${steady.length}, max ${max(steady).toFixed(0)} ms (budget < ${BUDGET_MS} ms)`);
  if (lastTick <= firstTick) {
    console.error('The overview did not update while watched.');
    failed = true;
  }
  if (max(steady) >= BUDGET_MS) failed = true;
} finally {
  await browser.close();
  await server.stop();
}
process.exit(failed ? 1 : 0);
