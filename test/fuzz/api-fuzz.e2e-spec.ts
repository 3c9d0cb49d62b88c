import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../support/app.js';
import { contractViolation, fingerprint, send, probeEventStream, streamViolation, type Answer } from './support/fuzz-checks.js';
import { describe as describeRequest, requestFor, type FuzzRequest } from './support/fuzz-requests.js';
import { operationsOf, type FuzzOperation } from './support/openapi-operations.js';
import { sendRaw, RAW_REQUESTS } from './support/raw-http.js';

/** CI runs a fixed, seeded number of cases; `npm run fuzz` raises FUZZ_RUNS (and may change FUZZ_SEED). */
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const STREAM_RUNS = Math.max(5, Math.ceil(RUNS / 4));
const NOTES = 'test/fixtures/compliance-notes';

const specOperations = operationsOf(JSON.parse(readFileSync('openapi.json', 'utf8')));
const tally = { cases: 0, serverErrors: 0, byStatus: new Map<number, number>() };

describe(`API fuzz (seed ${SEED}, ${RUNS} cases per operation)`, () => {
  let app: TestApp;
  let port: number;
  let state: string;

  beforeAll(async () => {
    app = await startTestApp({
      SIMULATOR: 'off',
      METER_COUNT: '200',
      REAL_METER_SLOTS: '50',
      COMPLIANCE_NOTES_DIR: NOTES,
      RATE_LIMIT_PER_MINUTE: '1000000',
      ASK_RATE_LIMIT_PER_MINUTE: '1000000',
    });
    await app.app.listen(0, '127.0.0.1');
    port = (app.app.getHttpServer().address() as AddressInfo).port;
    state = await fingerprint(port);
    console.log(`fuzz: seed=${SEED} runs=${RUNS} (stream routes ${STREAM_RUNS}); reproduce with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npm run fuzz`);
  });

  afterAll(async () => {
    const statuses = [...tally.byStatus.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}:${n}`).join(' ');
    console.log(`fuzz: ${tally.cases} cases, ${tally.serverErrors} server errors; statuses ${statuses}`);
    await app?.close();
  });

  /** Sends one request and checks the contract; a rejected request must leave the store and corpus alone. */
  async function check(operation: FuzzOperation, request: FuzzRequest): Promise<void> {
    let answer: Answer;
    try {
      answer = operation.eventStream ? await probeEventStream(port, request) : await send(port, request);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n  request: ${describeRequest(request)}`, { cause: error });
    }
    tally.cases += 1;
    tally.byStatus.set(answer.status, (tally.byStatus.get(answer.status) ?? 0) + 1);
    if (answer.status >= 500) tally.serverErrors += 1;
    const violation = operation.eventStream ? streamViolation(answer) : contractViolation(answer);
    if (violation) throw new Error(`${operation.operationId}: ${violation}\n  request: ${describeRequest(request)}`);
    const after = await fingerprint(port);
    if (answer.status >= 400 && after !== state) {
      throw new Error(`${operation.operationId}: a rejected request (${answer.status}) changed the store or corpus\n  request: ${describeRequest(request)}`);
    }
    state = after;
  }

  it('fuzzes every operation of openapi.json, and the served spec has the same ones', async () => {
    const served = operationsOf(JSON.parse((await send(port, { method: 'GET', url: '/api/openapi.json', headers: {} })).body));
    expect(served.map((o) => o.operationId).sort()).toEqual(specOperations.map((o) => o.operationId).sort());
    expect(specOperations.length).toBeGreaterThanOrEqual(11);
  });

  it.each(specOperations.map((operation, index) => [operation.operationId, operation, index] as const))(
    '%s answers 2xx or a well-formed 4xx to generated requests',
    async (_id, operation, index) => {
      await fc.assert(
        fc.asyncProperty(requestFor(operation), (request) => check(operation, request)),
        { seed: SEED + index, numRuns: operation.eventStream ? STREAM_RUNS : RUNS, endOnFailure: true },
      );
    },
    Math.max(60_000, RUNS * 1_500),
  );

  it.each(specOperations.filter((o) => Object.keys(o.bodies).length > 0).map((o) => [o.operationId, o] as const))(
    '%s refuses a 9 MB body with 413 and changes nothing',
    async (_id, operation) => {
      const url = operation.path.replace(/\{[^}]+\}/g, 'x');
      const body = Buffer.concat([Buffer.from('{"question":"'), Buffer.alloc(9 * 1024 * 1024, 'a'), Buffer.from('"}')]);
      const answer = await send(port, { method: operation.method, url, headers: { 'content-type': 'application/json' }, body });
      expect(contractViolation(answer)).toBeUndefined();
      expect(answer.status).toBe(413);
      expect(await fingerprint(port)).toBe(state);
    },
  );

  it.each(RAW_REQUESTS.map((raw) => [raw.label, raw] as const))('answers raw bytes over HTTP without a 5xx: %s', async (_label, raw) => {
    const answer = await sendRaw(port, raw.bytes);
    tally.cases += 1;
    if (answer) expect(contractViolation(answer)).toBeUndefined();
    if (raw.expectStatus !== undefined) expect(answer?.status).toBe(raw.expectStatus);
  });

  it('is still serving and unpolluted after everything above', async () => {
    const health = await send(port, { method: 'GET', url: '/api/health', headers: {} });
    expect(health.status).toBe(200);
    expect((await sendRaw(port, Buffer.from('GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')))?.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await fingerprint(port)).toBe(state);
    expect(tally.serverErrors).toBe(0);
  });
});
