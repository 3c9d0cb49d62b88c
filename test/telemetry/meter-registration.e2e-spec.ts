import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';

/** PUT /api/energy/meters/{meterId} in the embedded mode (the database mode is in test/database/two-instances). */
describe('meter registration (embedded mode)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ METER_COUNT: '50', REAL_METER_SLOTS: '2' });
  });
  afterAll(async () => {
    await app.close();
  });

  const put = (id: string, body: unknown) => request(app.server).put(`/api/energy/meters/${id}`).send(body as object);
  const FACTORY = { kind: 'industrial', region: 'industrial-park', feeder: 'industrial-park-F07', site: 'Rolling mill' };

  it('registers a new meter with its attributes, idempotently, and keeps them when readings arrive', async () => {
    expect((await put('SM-MILL', FACTORY).expect(200)).body).toEqual({ meterId: 'SM-MILL', ...FACTORY });
    expect((await put('SM-MILL', FACTORY).expect(200)).body).toEqual({ meterId: 'SM-MILL', ...FACTORY });
    await request(app.server).post('/api/energy/readings').send({ readings: [{ meterId: 'SM-MILL', timestamp: new Date().toISOString(), powerKw: 2 }] }).expect(200);
    const meter = (await request(app.server).get('/api/energy/meters/SM-MILL').expect(200)).body;
    // A 2 kW first reading would have made it residential; the registered kind wins.
    expect(meter).toMatchObject({ meterId: 'SM-MILL', kind: 'industrial', region: 'industrial-park', feeder: 'industrial-park-F07', site: 'Rolling mill', source: 'real', latest: { powerKw: 2 } });
    const listed = (await request(app.server).get('/api/energy/telemetry?kind=industrial&region=industrial-park&search=SM-').expect(200)).body;
    expect(listed.value.map((r: { meterId: string }) => r.meterId)).toEqual(['SM-MILL']);
  });

  it('updates a meter registered by its readings, and clears the site with null', async () => {
    await request(app.server).post('/api/energy/readings').send({ readings: [{ meterId: 'SM-HOME', timestamp: new Date().toISOString(), powerKw: 900 }] }).expect(200);
    await put('SM-HOME', { kind: 'residential', region: 'old-town', feeder: 'old-town-F01', site: null }).expect(200);
    const meter = (await request(app.server).get('/api/energy/meters/SM-HOME').expect(200)).body;
    expect(meter).toMatchObject({ kind: 'residential', region: 'old-town', feeder: 'old-town-F01' });
    expect(meter).not.toHaveProperty('site');
  });

  it('refuses bad attributes, simulated ids and meters beyond the real slots, changing nothing', async () => {
    const invalid = await put('SM-X', { kind: 'castle', region: 'old-town', feeder: 'harbour-F01' }).expect(400);
    expect(invalid.body.code).toBe('TELEMETRY_METER_INVALID');
    expect((await put('MTR-0000003', FACTORY).expect(409)).body.code).toBe('TELEMETRY_METER_SIMULATED');
    expect((await put('SM-THIRD', FACTORY).expect(409)).body.code).toBe('TELEMETRY_METER_CAPACITY_REACHED');
    await request(app.server).get('/api/energy/meters/SM-THIRD').expect(404);
  });

  it('keeps registrations across a restart', async () => {
    await app.close({ keepData: true });
    app = await startTestApp({ METER_COUNT: '50', REAL_METER_SLOTS: '2', DATA_DIR: app.dataDir });
    expect((await request(app.server).get('/api/energy/meters/SM-MILL').expect(200)).body).toMatchObject({ kind: 'industrial', site: 'Rolling mill' });
  });
});
