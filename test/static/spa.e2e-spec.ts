import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/load-config.js';

const INDEX = '<!doctype html><html lang="en"><head><title>PowerGrid</title></head><body><div id="root"></div></body></html>';
const ASSET = 'assets/index-Ab12Cd34.js';
const HTML = 'text/html,application/xhtml+xml,application/xhtml+xml;q=0.9,*/*;q=0.8';

async function boot(clientDistPath: string): Promise<{ app: NestFastifyApplication; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'powergrid-spa-'));
  const config = loadConfig({ LOG_LEVEL: 'error', METER_COUNT: '100', TICK_MS: '100000', DATA_DIR: dataDir });
  const app = await createApp(config, { clientDistPath });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return { app, dataDir };
}

describe('serveClient', () => {
  describe('with a built dashboard', () => {
    let dist: string;
    let booted: { app: NestFastifyApplication; dataDir: string };
    const server = () => booted.app.getHttpServer();

    beforeAll(async () => {
      dist = mkdtempSync(join(tmpdir(), 'powergrid-client-dist-'));
      mkdirSync(join(dist, 'assets'));
      writeFileSync(join(dist, 'index.html'), INDEX);
      writeFileSync(join(dist, ASSET), 'console.log("dashboard");');
      booted = await boot(dist);
    });
    afterAll(async () => {
      await booted.app.close();
      rmSync(dist, { recursive: true, force: true });
      rmSync(booted.dataDir, { recursive: true, force: true });
    });

    it('serves index.html at / and asks browsers to revalidate it', async () => {
      const response = await request(server()).get('/').set('accept', HTML).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.text).toContain('<div id="root">');
    });

    it('serves hashed assets with a year-long immutable cache', async () => {
      const response = await request(server()).get(`/${ASSET}`).expect(200);
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    });

    it('answers a deep link to a client route with index.html', async () => {
      const response = await request(server()).get('/meters/MTR-0000001?from=link').set('accept', HTML).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.text).toBe(INDEX);
    });

    it('keeps unknown API routes as JSON 404s even for browsers', async () => {
      const response = await request(server()).get('/api/unknown').set('accept', HTML).expect(404);
      expect(response.body).toEqual({ statusCode: 404, code: 'ROUTE_NOT_FOUND', message: expect.any(String) });
    });

    it('does not send the shell to non-HTML requests for missing files', async () => {
      const response = await request(server()).get('/assets/missing-Zz99.js').set('accept', '*/*').expect(404);
      expect(response.body.code).toBe('ROUTE_NOT_FOUND');
    });

    it('leaves /docs, /metrics and the API working', async () => {
      await request(server()).get('/api/health').expect(200);
      await request(server()).get('/metrics').expect(200);
      const docs = await request(server()).get('/docs').set('accept', HTML).expect(200);
      expect(docs.text).toContain('swagger-ui');
      const missingDoc = await request(server()).get('/docs/no-such-file.txt').set('accept', HTML).expect(404);
      expect(missingDoc.text).not.toContain('<div id="root">');
    });
  });

  describe('without a built dashboard', () => {
    let booted: { app: NestFastifyApplication; dataDir: string };

    beforeAll(async () => {
      booted = await boot(join(tmpdir(), 'powergrid-no-such-client-dist'));
    });
    afterAll(async () => {
      await booted.app.close();
      rmSync(booted.dataDir, { recursive: true, force: true });
    });

    it('still serves the API and answers / with the JSON 404', async () => {
      await request(booted.app.getHttpServer()).get('/api/health').expect(200);
      const response = await request(booted.app.getHttpServer()).get('/').set('accept', HTML).expect(404);
      expect(response.body.code).toBe('ROUTE_NOT_FOUND');
    });
  });
});
