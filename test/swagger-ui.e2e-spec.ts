import { chromium, type Browser } from 'playwright-core';
import { startTestApp, type TestApp } from './support/app.js';
import { ConnectorFixtureModule } from './connector/fixture/connector-fixture.module.js';

// Swagger UI under the real Content-Security-Policy, in Debian's Chromium: it must render, refuse a
// protected call before Authorize (401) and succeed after the API key is entered (200).
const KEY = 'swagger-ui-key-01';

describe('Swagger UI at /docs', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;
  beforeAll(async () => {
    app = await startTestApp({ API_KEYS: KEY }, { extraModules: [ConnectorFixtureModule] });
    await app.app.listen(0, '127.0.0.1');
    base = await app.app.getUrl();
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('renders without CSP violations and calls a protected operation after Authorize', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${base.replace('[::1]', '127.0.0.1')}/docs`);
    const operation = page.locator('#operations-Fixture-ListWidgets');
    await operation.waitFor({ timeout: 15_000 });

    await operation.locator('.opblock-summary').first().click();
    await operation.locator('button.try-out__btn').click();
    const execute = async (): Promise<number> => {
      const [response] = await Promise.all([
        page.waitForResponse((candidate) => candidate.url().includes('/api/fixture/widgets')),
        operation.locator('button.execute').click(),
      ]);
      await operation.locator('.live-responses-table .response-col_status').first().waitFor();
      return response.status();
    };

    expect(await execute()).toBe(401);
    await page.locator('button.authorize').first().click();
    await page.locator('.modal-ux input').first().fill(KEY);
    await page.locator('.modal-ux button.authorize').first().click();
    await page.locator('.modal-ux button.btn-done').first().click();
    expect(await execute()).toBe(200);
    expect(violations).toEqual([]);
  }, 60_000);
});
