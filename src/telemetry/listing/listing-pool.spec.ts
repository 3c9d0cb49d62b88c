import { RealMeterRegistry, applyReadings } from '../writer/readings-applier.js';
import { WriterEngine } from '../writer/writer-engine.js';
import { MeterDirectory } from '../store/meter-directory.js';
import { createStoreBuffer, mapStore, storeDimensions } from '../store/store-layout.js';
import { parseListQuery } from '../telemetry-query.js';
import { ListingPool } from './listing-pool.js';
import { renderListing, type RequestOrigin } from './render-listing.js';

const T0 = Date.UTC(2026, 10, 25, 18);
const METERS = 50_000;
// The first case starts the reader workers, which load the TypeScript sources: seconds on a loaded machine.
const READERS_START_MS = 30_000;
const origin: RequestOrigin = { origin: 'http://grid.example.test', path: '/api/energy/telemetry' };

describe(ListingPool.name, () => {
  const dims = storeDimensions(METERS + 10);
  const views = mapStore(createStoreBuffer(dims), dims);
  const engine = new WriterEngine(views, METERS, true, 5);
  engine.initialiseFresh();
  engine.tick(T0);
  const directory = new MeterDirectory(METERS, dims.capacity);
  const registry = new RealMeterRegistry();
  const pool = new ListingPool({ buffer: views.buffer, dims, simulatedCount: METERS }, directory, 2);
  afterAll(() => pool.close());

  function register(id: string): void {
    const result = applyReadings(engine, registry, {
      count: 1,
      slots: Int32Array.of(-1),
      unresolvedIds: [id],
      timestamps: Float64Array.of(T0 + 1),
      power: Float64Array.of(2),
      voltage: Float64Array.of(NaN),
      energy: Float64Array.of(NaN),
      status: Int8Array.of(-1),
    });
    for (const [meterId, slot] of result.registered) directory.add(meterId, slot);
  }

  it.each([
    {},
    { top: '1000' },
    { status: 'fault', top: '7' },
    { region: 'harbour', kind: 'industrial', skipToken: '20000' },
    { search: '123', top: '50' },
    { search: 'MTR-00001', status: 'normal' },
    { search: '4', kind: 'residential', top: '3', skipToken: '49900' },
  ])('renders the same page as the direct path for %j', async (query) => {
    const parsed = parseListQuery(query, dims.capacity);
    const [pooled, other] = await Promise.all([pool.render(parsed, origin), pool.render(parsed, origin)]);
    const direct = renderListing(views, directory, parsed, origin);
    expect(pooled).toBe(direct);
    expect(other).toBe(direct);
    expect(JSON.parse(pooled).value.length).toBeGreaterThan(0);
  }, READERS_START_MS);

  it('sees real meters registered after its readers started', async () => {
    register('Plant-Alpha-1');
    const parsed = parseListQuery({ search: 'alpha' }, dims.capacity);
    const results = await Promise.all([1, 2, 3, 4].map(() => pool.render(parsed, origin)));
    for (const json of results) {
      expect(JSON.parse(json).value.map((r: { meterId: string }) => r.meterId)).toEqual(['Plant-Alpha-1']);
      expect(json).toBe(renderListing(views, directory, parsed, origin));
    }
  });

  it('refuses work once closed', async () => {
    const closed = new ListingPool({ buffer: views.buffer, dims, simulatedCount: METERS }, directory, 1);
    await closed.close();
    await expect(closed.render(parseListQuery({}, dims.capacity), origin)).rejects.toThrow('closed');
  });
});
