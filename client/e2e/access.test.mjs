// A second server with API_KEYS set: the dashboard must ask for a key and keep it in sessionStorage only.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { launchChromium, screenshot, seriousAxeViolations } from './support/browser.mjs';
import { startServer } from './support/start-server.mjs';

const KEY = 'e2e-dashboard-key-0001';
let server;
let browser;

before(async () => {
  server = await startServer({ API_KEYS: KEY, METER_COUNT: '2000', TICK_MS: '500' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

it('prompts for a key on 401, rejects a wrong one and works with the right one', { timeout: 60_000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(30_000);
  await page.goto(`${server.baseUrl}/`);
  const prompt = page.getByTestId('api-key-prompt');
  await prompt.waitFor();
  const field = page.getByLabel('API key', { exact: true });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'password', 'the key field takes focus');
  await screenshot(page, 'access-prompt');
  assert.deepEqual(await seriousAxeViolations(page), []);

  await field.fill('not-the-right-key');
  await page.getByRole('button', { name: 'Use key' }).click();
  await page.getByText('The server rejected this key.').waitFor();

  await field.fill(KEY);
  await page.getByRole('button', { name: 'Use key' }).click();
  await prompt.waitFor({ state: 'detached' });
  await page.getByTestId('tick').waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('powergrid.apiKey')), KEY);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing is kept beyond the session');
  await page.waitForFunction(() => document.querySelector('[data-testid="stream-state"]')?.textContent === 'Live');
  await screenshot(page, 'access-granted');
  await page.close();
});
