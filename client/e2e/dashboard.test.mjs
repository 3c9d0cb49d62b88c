// Browser tests of the bundled dashboard against a real PowerGrid process (see support/start-server.mjs).
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

describe('grid overview', () => {
  it('shows live numbers that change between ticks', async () => {
    await page.goto(`${server.baseUrl}/`);
    const tick = page.getByTestId('tick');
    await tick.waitFor();
    const firstTick = Number(await tick.textContent());
    const firstLoad = await page.getByTestId('total-load-kw').textContent();
    await page.waitForFunction((before) => Number(document.querySelector('[data-testid="tick"]')?.textContent) > before, firstTick);
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="total-load-kw"]')?.textContent !== before, firstLoad, { timeout: 15_000 });
    await page.getByText('Live', { exact: true }).waitFor();
    const statusTotal = await page.evaluate(() => ['normal', 'peak', 'outage', 'fault', 'offline']
      .map((s) => Number(document.querySelector(`[data-testid="status-${s}"]`).textContent.replace(/\D/g, '')))
      .reduce((a, b) => a + b, 0));
    assert.equal(statusTotal, 2000, 'the status counts add up to the meter count');
    assert.ok(await page.locator('table tbody tr').count() > 0, 'regions are listed');
    assert.ok(await page.locator('.chart canvas').count() > 0, 'the load history chart is drawn');
    await screenshot(page, 'overview');
    assert.deepEqual(await seriousAxeViolations(page), []);
  });

  it('stays usable on a narrow screen', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${server.baseUrl}/`);
    await page.getByTestId('tick').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `the page does not scroll sideways (overflow ${overflow}px)`);
    await screenshot(page, 'overview-narrow');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

describe('meters', () => {
  const firstMeter = () => page.locator('[data-testid="meter-table"] tbody tr th a').first().textContent();

  it('pages forward and back through the server-paged table', async () => {
    await page.goto(`${server.baseUrl}/meters`);
    await page.getByTestId('meter-table').waitFor();
    assert.match(await page.getByTestId('page-status').textContent(), /^Page 1: meters 1–50 of 2,000/);
    const pageOneFirst = await firstMeter();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByTestId('page-status').filter({ hasText: 'Page 2: meters 51–100' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="meter-table"][aria-busy="true"]'));
    assert.notEqual(await firstMeter(), pageOneFirst);
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByTestId('page-status').filter({ hasText: 'Page 1: meters 1–50' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="meter-table"][aria-busy="true"]'));
    assert.equal(await firstMeter(), pageOneFirst);
    await screenshot(page, 'meters');
    assert.deepEqual(await seriousAxeViolations(page), []);
  });

  it('filters on the server by status and by meter id', async () => {
    await page.getByLabel('Status').selectOption('normal');
    await page.waitForURL(/status=normal/);
    // Rows of the previous (unfiltered) page, or none while loading, may show for a moment: wait for the
    // filtered page to settle, and let the assertion below say what was there if it never does.
    await page
      .waitForFunction(() => {
        const badges = [...document.querySelectorAll('[data-testid="meter-table"]:not([aria-busy="true"]) tbody td .badge')];
        return badges.length > 0 && badges.every((badge) => badge.textContent === 'normal');
      }, undefined, { timeout: 10_000 })
      .catch(() => undefined);
    const statuses = await page.locator('[data-testid="meter-table"] tbody td .badge').allTextContents();
    assert.ok(statuses.length > 0 && statuses.every((s) => s === 'normal'), `only normal meters: ${statuses.join(',')}`);
    await page.getByLabel('Status').selectOption('');
    const id = await firstMeter();
    const fragment = id.slice(-4);
    await page.getByLabel('Meter id contains').fill(fragment);
    await page.waitForURL(new RegExp(`search=${fragment}`));
    await page
      .waitForFunction((text) => {
        const links = [...document.querySelectorAll('[data-testid="meter-table"]:not([aria-busy="true"]) tbody tr th a')];
        return links.length > 0 && links.every((link) => (link.textContent ?? '').includes(text));
      }, fragment, { timeout: 10_000 })
      .catch(() => undefined);
    const ids = await page.locator('[data-testid="meter-table"] tbody tr th a').allTextContents();
    assert.ok(ids.length > 0 && ids.every((m) => m.includes(fragment)), `ids contain ${fragment}: ${ids.join(',')}`);
    await screenshot(page, 'meters-filtered');
  });

  it('opens a meter page with attributes and a readings chart, also as a deep link', async () => {
    await page.goto(`${server.baseUrl}/meters`);
    const id = await firstMeter();
    await page.getByRole('link', { name: id, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Meter ${id}` }).waitFor();
    await page.getByTestId('meter-attributes').waitFor();
    assert.equal(new URL(page.url()).pathname, `/meters/${encodeURIComponent(id)}`);
    await page.reload();
    await page.getByTestId('meter-attributes').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.chart canvas').length > 0);
    await screenshot(page, 'meter-detail');
    assert.deepEqual(await seriousAxeViolations(page), []);
  });
});

describe('copilot', () => {
  const ask = async (question) => {
    await page.goto(`${server.baseUrl}/copilot`);
    const box = page.getByLabel(/Ask about the Energy Efficiency Directive/);
    await box.fill(question);
    await box.press('Enter');
  };

  it('answers a directive question with citations that the markers link to', { timeout: 90_000 }, async () => {
    await ask('What must large enterprises do about energy audits?');
    const answer = page.getByTestId('answer');
    await answer.waitFor({ timeout: 60_000 });
    assert.ok(await answer.getByTestId('citation').count() >= 1, 'at least one citation');
    const badge = await answer.locator('.badge').first().textContent();
    assert.match(badge, /^(Model|Extractive) answer$/);
    const marker = answer.locator('a.marker').first();
    assert.ok(await marker.count() === 1, 'the answer has a [n] marker linked to a citation');
    await marker.click();
    const focusedId = await page.evaluate(() => document.activeElement?.id ?? '');
    assert.match(focusedId, /citation-\d+$/);
    await screenshot(page, 'copilot-answer');
    assert.deepEqual(await seriousAxeViolations(page), []);
  });

  it('shows an off-topic question as refused', { timeout: 90_000 }, async () => {
    await ask('How do I bake a cake?');
    const refusal = page.getByTestId('refusal');
    await refusal.waitFor({ timeout: 60_000 });
    assert.match(await refusal.textContent(), /Not answered/);
    assert.equal(await page.getByTestId('citation').count(), 0);
    await screenshot(page, 'copilot-refusal');
    assert.deepEqual(await seriousAxeViolations(page), []);
  });
});
