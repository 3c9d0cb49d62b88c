import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';

describe('POST /api/energy/readings', () => {
  let testApp: TestApp;
  const post = (body: unknown) => request(testApp.server).post('/api/energy/readings').send(body as object);
  const now = () => new Date().toISOString();

  beforeAll(async () => {
    testApp = await startTestApp({ METER_COUNT: '100', REAL_METER_SLOTS: '3' });
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('accepts good readings, registers unknown meters and lists each rejection with its index and code', async () => {
    const at = now();
    const response = await post({
      readings: [
        { meterId: 'SM-ALPHA', timestamp: at, powerKw: 2.5, voltageV: 231.4, energyKwh: 100 },
        { meterId: 'SM-ALPHA', timestamp: '2024-01-01T00:00:00Z', powerKw: 1 },
        { meterId: 'bad id!', timestamp: at, powerKw: 1 },
        { meterId: 'SM-BETA', timestamp: 'noon', powerKw: 1 },
        { meterId: 'SM-BETA', timestamp: at, powerKw: 1e9 },
        { meterId: 'SM-ALPHA', timestamp: at, powerKw: 2, energyKwh: 50 },
      ],
    }).expect(200);
    expect(response.body.accepted).toBe(1);
    expect(response.body.rejected.map((r: { index: number; code: string }) => [r.index, r.code])).toEqual([
      [1, 'READING_TIMESTAMP_STALE'],
      [2, 'READING_METER_ID_INVALID'],
      [3, 'READING_TIMESTAMP_INVALID'],
      [4, 'READING_VALUE_OUT_OF_RANGE'],
      [5, 'READING_ENERGY_DECREASED'],
    ]);
    expect(response.body.rejected[0]).toEqual({ index: 1, meterId: 'SM-ALPHA', code: 'READING_TIMESTAMP_STALE', reason: expect.any(String) });
    expect(response.body.rejected[1].meterId).toBeUndefined();
    const meter = await request(testApp.server).get('/api/energy/meters/SM-ALPHA').expect(200);
    expect(meter.body).toMatchObject({ source: 'real', latest: { powerKw: 2.5, voltageV: 231.4, energyKwh: 100, status: 'normal', timestamp: at } });
    expect(meter.body.history).toHaveLength(1);
  });

  it('refuses a reading for a simulated meter with READING_METER_SIMULATED and leaves the meter simulated', async () => {
    const response = await post({ readings: [{ meterId: 'MTR-0000010', timestamp: now(), powerKw: 7.125, status: 'peak' }] }).expect(200);
    expect(response.body).toEqual({ accepted: 0, rejected: [{ index: 0, meterId: 'MTR-0000010', code: 'READING_METER_SIMULATED', reason: expect.stringContaining('simulated') }] });
    const meter = await request(testApp.server).get('/api/energy/meters/MTR-0000010').expect(200);
    expect(meter.body.source).toBe('simulated');
  });

  it('rejects new meters with TELEMETRY_CAPACITY_REACHED once the real slots are full', async () => {
    const before = await request(testApp.server).get('/api/energy/summary').expect(200);
    expect(before.body.meterCount).toBe(101);
    const at = now();
    const readings = ['SM-C1', 'SM-C2', 'SM-C3', 'SM-C4'].map((meterId) => ({ meterId, timestamp: at, powerKw: 1 }));
    const response = await post({ readings }).expect(200);
    // SM-ALPHA took the first of the three real slots.
    expect(response.body.accepted).toBe(2);
    expect(response.body.rejected.map((r: { meterId: string; code: string }) => [r.meterId, r.code])).toEqual([
      ['SM-C3', 'TELEMETRY_CAPACITY_REACHED'],
      ['SM-C4', 'TELEMETRY_CAPACITY_REACHED'],
    ]);
    const summary = await request(testApp.server).get('/api/energy/summary').expect(200);
    expect(summary.body.meterCount).toBe(103);
  });

  it.each([
    ['a body without readings', { items: [] }],
    ['an empty batch', { readings: [] }],
    ['readings that are not an array', { readings: { meterId: 'x' } }],
  ])('answers %s with 400 TELEMETRY_READINGS_INVALID', async (_name, body) => {
    const response = await post(body).expect(400);
    expect(response.body.code).toBe('TELEMETRY_READINGS_INVALID');
  });

  it('rejects a batch of more than 10,000 readings and applies none of them', async () => {
    const readings = Array.from({ length: 10_001 }, () => ({ meterId: 'MTR-0000001', timestamp: now(), powerKw: 99 }));
    const response = await post({ readings }).expect(400);
    expect(response.body.code).toBe('TELEMETRY_READINGS_INVALID');
    const meter = await request(testApp.server).get('/api/energy/meters/MTR-0000001').expect(200);
    expect(meter.body.source).toBe('simulated');
  });

  it('answers malformed JSON with 400 and a body over the limit with 413', async () => {
    const malformed = await request(testApp.server).post('/api/energy/readings').set('content-type', 'application/json').send('{"readings": [');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('REQUEST_BODY_INVALID');
    const huge = `{"readings":[${'{"meterId":"SM-PAD","timestamp":"2026-01-01T00:00:00Z","powerKw":1},'.repeat(130_000)}{}]}`;
    const tooLarge = await request(testApp.server).post('/api/energy/readings').set('content-type', 'application/json').send(huge);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('REQUEST_BODY_TOO_LARGE');
  });

  it('takes a full 10,000-reading batch in one request', async () => {
    const at = now();
    // One real meter (the slots are few here): equal timestamps are applied in order, none is stale.
    const readings = Array.from({ length: 10_000 }, (_, i) => ({ meterId: 'SM-ALPHA', timestamp: at, powerKw: i / 100 }));
    const response = await post({ readings }).expect(200);
    expect(response.body).toEqual({ accepted: 10_000, rejected: [] });
  });
});
