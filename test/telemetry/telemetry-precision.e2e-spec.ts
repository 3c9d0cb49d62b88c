import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';

/** Every tenth of a volt from 0.0 to 999.9, one meter each: float32 storage truncated some of them (231.2 came back 231.1). */
const COUNT = 10_000;
const SIMULATED = 100;
const decimals = (value: number, digits: number): number => Number(value.toFixed(digits));
const meterId = (i: number): string => `PREC-${String(i).padStart(5, '0')}`;

interface Sent {
  meterId: string;
  powerKw: number;
  voltageV: number;
  energyKwh: number;
}

/** Values as a meter would send them: power to the watt within ±8,000 kW, voltage to 0.1 V, energy to the Wh up to ~1e9 kWh. */
function sentValues(i: number): Sent {
  return {
    meterId: meterId(i),
    powerKw: decimals(((i * 7919) % 16_000_000) / 1000 - 8000, 3),
    voltageV: decimals(i / 10, 1),
    energyKwh: decimals(i * 98_765.4321, 3),
  };
}

describe('reading values come back as they were sent', () => {
  let app: TestApp;
  const sent = Array.from({ length: COUNT }, (_, i) => sentValues(i));
  const byId = new Map(sent.map((s) => [s.meterId, s]));
  const at = new Date(Date.now() - 60_000).toISOString();

  beforeAll(async () => {
    app = await startTestApp({ METER_COUNT: String(SIMULATED), REAL_METER_SLOTS: String(COUNT + 10) });
    const readings = sent.map((s) => ({ ...s, timestamp: at }));
    const response = await request(app.server).post('/api/energy/readings').send({ readings }).expect(200);
    expect(response.body).toEqual({ accepted: COUNT, rejected: [] });
  });
  afterAll(() => app?.close());

  function expectAsSent(reading: { meterId: string; powerKw: number; voltageV?: number; energyKwh: number }): void {
    const s = byId.get(reading.meterId);
    expect(s).toBeDefined();
    expect({ meterId: reading.meterId, powerKw: reading.powerKw, voltageV: reading.voltageV, energyKwh: reading.energyKwh }).toEqual(s);
  }

  it('on the meter detail route: latest reading and history point', async () => {
    const sample = [2312, 0, 1, 9999, 2299, 4157, 1206, ...Array.from({ length: 60 }, (_, k) => (k * 167) % COUNT)];
    for (const i of sample) {
      const { body } = await request(app.server).get(`/api/energy/meters/${meterId(i)}`).expect(200);
      expectAsSent(body.latest);
      const point = body.history[body.history.length - 1];
      expect({ powerKw: point.powerKw, voltageV: point.voltageV }).toEqual({ powerKw: sent[i].powerKw, voltageV: sent[i].voltageV });
    }
  });

  it('on the listing rendered on the HTTP thread (unfiltered pages)', async () => {
    const seen = new Set<string>();
    let start = 0;
    while (start < SIMULATED + COUNT) {
      const { body } = await request(app.server).get(`/api/energy/telemetry?top=200&skipToken=${start}`).expect(200);
      for (const reading of body.value) {
        if (!reading.meterId.startsWith('PREC-')) continue;
        expectAsSent(reading);
        seen.add(reading.meterId);
      }
      start += 200;
    }
    expect(seen.size).toBe(COUNT);
  });

  it('on the listing rendered by reader workers (search pages)', async () => {
    const seen = new Set<string>();
    let next: string | undefined = '/api/energy/telemetry?search=prec-&top=1000';
    while (next) {
      const response: request.Response = await request(app.server).get(next.replace(/^https?:\/\/[^/]+/, '')).expect(200);
      const body = response.body as { value: { meterId: string; powerKw: number; voltageV?: number; energyKwh: number }[]; nextLink?: string };
      for (const reading of body.value) {
        expectAsSent(reading);
        seen.add(reading.meterId);
      }
      next = body.nextLink;
    }
    expect(seen.size).toBe(COUNT);
  });

  it('keeps a voltage given to the millivolt in the latest reading, and to the documented 0.1 V in history', async () => {
    const later = new Date(Date.now() - 30_000).toISOString();
    await request(app.server).post('/api/energy/readings').send({ readings: [{ meterId: meterId(2312), timestamp: later, powerKw: 1.5, voltageV: 231.249 }] }).expect(200);
    const { body } = await request(app.server).get(`/api/energy/meters/${meterId(2312)}`).expect(200);
    expect(body.latest.voltageV).toBe(231.249);
    expect(body.history.map((p: { voltageV: number }) => p.voltageV)).toEqual([231.2, 231.2]);
  });
  it('keeps power to the watt up to ±16384 kW and within the documented 4 W above', async () => {
    const later = new Date(Date.now() - 20_000).toISOString();
    const powers = [16383.999, -16383.999, 16384.001, 20000.001, 65535.999, 99999.123, -99999.999, 100000];
    const readings = powers.map((powerKw, i) => ({ meterId: meterId(i), timestamp: later, powerKw }));
    await request(app.server).post('/api/energy/readings').send({ readings }).expect(200);
    for (const [i, powerKw] of powers.entries()) {
      const { body } = await request(app.server).get(`/api/energy/meters/${meterId(i)}`).expect(200);
      if (Math.abs(powerKw) <= 16384) expect(body.latest.powerKw).toBe(powerKw);
      else expect(Math.abs(body.latest.powerKw - powerKw)).toBeLessThanOrEqual(0.004);
    }
  });
});
