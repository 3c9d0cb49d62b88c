// Browser tests of the alerts (overview panel, alerts page) and of the new-user fixes, against a real PowerGrid.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDashboard, screenshot, seriousAxeViolations } from './support/browser.mjs';

let session;
let server;
let page;

before(async () => {
  session = await openDashboard({ METER_COUNT: '2000', TICK_MS: '500' });
  ({ server, page } = session);
});

after(() => session?.close());

/** A real meter reporting a fault: the writer raises a meter-fault alert at its next tick. */
async function forceFault(meterId) {
  const response = await fetch(`${server.baseUrl}/api/energy/readings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ readings: [{ meterId, timestamp: new Date().toISOString(), powerKw: 0.35, voltageV: 181.2, status: 'fault' }] }),
  });
  assert.deepEqual(await response.json(), { accepted: 1, rejected: [] });
}

describe('alerts', () => {
  it('shows a forced alert in the overview panel within 3 s, live from the stream', async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.waitForFunction(() => /^\d+$/.test(document.querySelector('[data-testid="active-alert-count"]')?.textContent ?? ''));
    const started = Date.now();
    await forceFault('E2E-FAULT-1');
    await page.getByTestId('alert-item').filter({ hasText: 'E2E-FAULT-1' }).waitFor({ timeout: 3000 });
    const elapsed = Date.now() - started;
    assert.ok(elapsed <= 3000, `the alert appeared after ${elapsed} ms`);
    // The panel fills the top row beside total load and meters by status, no empty third.
    const boxes = await page.evaluate(() => ['#total-load-heading', '#status-heading', '#alerts-heading']
      .map((selector) => document.querySelector(selector).closest('section').getBoundingClientRect())
      .map((r) => ({ top: Math.round(r.top), left: Math.round(r.left), right: Math.round(r.right) })));
    assert.equal(new Set(boxes.map((box) => box.top)).size, 1, `one row: ${JSON.stringify(boxes)}`);
    const rowWidth = await page.evaluate(() => document.querySelector('.grid-cards').getBoundingClientRect().width);
    assert.ok(boxes[2].right - boxes[0].left >= rowWidth - 2, 'the three cards span the row');
    await page.waitForFunction(() => document.querySelectorAll('.chart canvas').length > 0);
    await screenshot(page, 'overview-alerts');
    assert.deepEqual(await seriousAxeViolations(page), []);
  });

  it('lists alerts on the alerts page with filters and links to the meter', async () => {
    await page.getByRole('link', { name: /^All alerts/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor();
    const row = page.getByTestId('alert-row').filter({ hasText: 'E2E-FAULT-1' });
    await row.waitFor();
    await page.getByLabel('Kind').selectOption('meter-fault');
    await page.waitForURL(/kind=meter-fault/);
    // The results remount on a filter change: "Loading alerts…" (no table at all) shows for a moment, then the
    // filtered rows. Wait for the filtered table to settle, and let the assertion below say what was there.
    await page
      .waitForFunction(() => {
        const cells = [...document.querySelectorAll('[data-testid="alert-table"]:not([aria-busy="true"]) [data-testid="alert-row"] td:nth-child(3)')];
        return cells.length > 0 && cells.every((cell) => cell.textContent === 'Meter fault');
      }, undefined, { timeout: 10_000 })
      .catch(() => undefined);
    const kinds = await page.locator('[data-testid="alert-row"] td:nth-child(3)').allTextContents();
    assert.ok(kinds.length > 0 && kinds.every((kind) => kind === 'Meter fault'), `only meter faults: ${kinds.join(',')}`);
    await screenshot(page, 'alerts-page');
    assert.deepEqual(await seriousAxeViolations(page), []);
    await page.getByRole('link', { name: 'meter E2E-FAULT-1' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Meter E2E-FAULT-1' }).waitFor();
  });
});

describe('new-user fixes', () => {
  it('serves /favicon.ico', async () => {
    const response = await fetch(`${server.baseUrl}/favicon.ico`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /image/);
  });

  it('shows residential energy in a unit that is not 0.0 kWh', async () => {
    // Energy counts from the server's start, to the watt-hour: at night a household draws ~0.3 kW, so its first watt-hour
    // takes several seconds of simulation. The page is reloaded until one shows (it failed at 02:00 UTC, read at once).
    let energy = [];
    for (const started = Date.now(); Date.now() - started < 30_000; await new Promise((resolve) => setTimeout(resolve, 1_000))) {
      await page.goto(`${server.baseUrl}/meters?kind=residential`);
      await page.getByTestId('meter-table').waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid="meter-table"][aria-busy="true"]') && document.querySelectorAll('[data-testid="meter-table"] tbody tr').length > 0);
      energy = await page.locator('[data-testid="meter-table"] tbody td:nth-child(8)').allTextContents();
      if (energy.some((text) => /[1-9]/.test(text))) break;
    }
    assert.ok(energy.length > 0 && energy.every((text) => !/^0\.0 kWh$/.test(text)), `energy cells: ${energy.slice(0, 5).join(', ')}`);
    assert.ok(energy.some((text) => /[1-9]/.test(text)), `some residential meter shows a non-zero figure: ${energy.slice(0, 5).join(', ')}`);
    await screenshot(page, 'meters-residential');
  });

  it('opens the copilot on example questions across the page, not an empty half', async () => {
    await page.goto(`${server.baseUrl}/copilot`);
    const intro = page.getByTestId('copilot-intro');
    await intro.waitFor();
    const { introBottom, formBottom, viewport } = await page.evaluate(() => ({
      introBottom: document.querySelector('[data-testid="copilot-intro"]').getBoundingClientRect().bottom,
      formBottom: document.querySelector('.question-form').getBoundingClientRect().bottom,
      viewport: window.innerHeight,
    }));
    assert.ok(introBottom > viewport * 0.5, `the intro reaches past the middle (${Math.round(introBottom)} of ${viewport}px)`);
    assert.ok(formBottom > viewport * 0.6, 'the question box sits low, where a chat puts it');
    await screenshot(page, 'copilot-intro');
    assert.deepEqual(await seriousAxeViolations(page), []);
  });
});
