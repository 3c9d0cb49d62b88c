import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { REPO_ROOT, startServer } from './start-server.mjs';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-output', 'screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Runs axe-core in the page and returns the serious and critical violations, summarised for assertions. */
export async function seriousAxeViolations(page) {
  // Evaluated over the DevTools protocol rather than added as a <script>: the server's CSP (script-src 'self')
  // rightly blocks inline scripts, and the tests keep that CSP on to catch violations by the app itself.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/**
 * A real PowerGrid (startServer with `env`) and one Chromium page on it, 1280×900, waiting up to 30 s by
 * default; close() ends both.
 */
export async function openDashboard(env) {
  const server = await startServer(env);
  const browser = await launchChromium().catch(async (error) => {
    await server.stop();
    throw error;
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(30_000);
  return { server, browser, page, close: async () => { await browser.close(); await server.stop(); } };
}
