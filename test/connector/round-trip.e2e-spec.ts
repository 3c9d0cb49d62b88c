import { renderOpenApiJson } from '../../src/openapi/openapi-snapshot.js';
import { DEFAULT_CONNECTOR_SETTINGS } from '../../tools/connector/connector-settings.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { callOperation, plan, type Recorded } from './support/round-trip.js';
import { committedConnector, connectorFrom } from './support/connector-files.js';
import { ConnectorFixtureModule } from './fixture/connector-fixture.module.js';
import type { Json } from './support/swagger-walk.js';

// Each connector operation is called with a request built from apiDefinition.swagger.json alone (path,
// query, body example, formData, the x-api-key header) and its answer is checked against the declared 2xx
// schema, closed to undeclared fields, with no nulls. New operations are picked up without any change here.
// One key that is also an admin key, since AddDocument and DeleteDocument need one (ADMIN_API_KEYS).
const API_KEY = 'round-trip-key-01';
const committed = committedConnector().swagger;

describe('round trip: committed connector against the app', () => {
  let app: TestApp;
  const recorded: Recorded[] = [];
  beforeAll(async () => {
    app = await startTestApp({ API_KEYS: API_KEY, ADMIN_API_KEYS: API_KEY });
  });
  afterAll(async () => app.close());

  it.each(plan(committed).map((o) => [o.op.operationId as string, o] as const))('%s answers what it declares', async (operationId, o) => {
    const result = await callOperation(app.server, committed, o, API_KEY, recorded);
    recorded.push({ operationId, body: result.body });
    expect(result.problems).toEqual([]);
    expect(result.status).toBeGreaterThanOrEqual(200);
    expect(result.status).toBeLessThan(300);
  });
});

describe('round trip: fixture connector against the app with the fixture routes', () => {
  let app: TestApp;
  let swagger: Json;
  beforeAll(async () => {
    app = await startTestApp({ API_KEYS: API_KEY, ADMIN_API_KEYS: API_KEY }, { extraModules: [ConnectorFixtureModule] });
    swagger = connectorFrom(await renderOpenApiJson({ extraModules: [ConnectorFixtureModule] }), DEFAULT_CONNECTOR_SETTINGS).swagger;
  });
  afterAll(async () => app.close());

  it('every operation answers a declared 2xx that matches its schema', async () => {
    const recorded: Recorded[] = [];
    const outcome: Record<string, string[]> = {};
    for (const o of plan(swagger)) {
      const result = await callOperation(app.server, swagger, o, API_KEY, recorded);
      recorded.push({ operationId: o.op.operationId, body: result.body });
      outcome[o.op.operationId] = [String(result.status), ...result.problems];
    }
    // Every operation, the feature routes included once merged, answers a declared 2xx with a valid body.
    const failing = Object.entries(outcome).filter(([, [status, ...problems]]) => !/^2\d\d$/.test(status) || problems.length > 0);
    expect(failing).toEqual([]);
    expect(outcome).toMatchObject({
      ListWidgets: ['200'],
      GetFixtureState: ['200'],
      GetHealth: ['200'],
      CreateWidget: ['201'],
      AddNote: ['201'],
      UploadWidgetFile: ['201'],
      GetWidget: ['200'],
      DeleteWidget: ['200'],
    });
    expect(recorded.find((entry) => entry.operationId === 'DeleteWidget')?.body).toEqual({ widgetId: 'W-0004', deleted: true });
  });

  it('reports a response that breaks its schema', async () => {
    const broken = structuredClone(swagger);
    broken.definitions.WidgetDto.required.push('serialNumber');
    broken.definitions.WidgetDto.properties.serialNumber = { type: 'string' };
    delete broken.definitions.WidgetDto.properties.labels;
    const getWidget = plan(broken).find((o) => o.op.operationId === 'GetWidget')!;
    const result = await callOperation(app.server, broken, getWidget, API_KEY, [{ operationId: 'x', body: { widgetId: 'W-0001' } }]);
    expect(result.status).toBe(200);
    expect(result.problems.join('\n')).toMatch(/must have required property 'serialNumber'/);
    expect(result.problems.join('\n')).toMatch(/must NOT have additional properties.*labels/);
  });
});
