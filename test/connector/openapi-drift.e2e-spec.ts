import request from 'supertest';
import { renderOpenApiJson } from '../../src/openapi/openapi-snapshot.js';
import { findOperationProblems } from '../../src/openapi/openapi-rules.js';
import { buildConnectorPackage, CONNECTOR_FILES } from '../../tools/connector/connector-package.js';
import { connectorSettingsFrom, DEFAULT_CONNECTOR_SETTINGS } from '../../tools/connector/connector-settings.js';
import { startTestApp } from '../support/app.js';
import { committedFile } from './support/connector-files.js';
import { CarelessModule } from './fixture/careless.module.js';
import { ConnectorFixtureModule } from './fixture/connector-fixture.module.js';

// CI fails here when someone changes a route or a DTO without `npm run openapi && npm run connector`.
describe('openapi.json', () => {
  let fresh: string;
  beforeAll(async () => {
    fresh = await renderOpenApiJson();
  });

  it('is the committed file, byte for byte (run `npm run openapi` after changing routes or DTOs)', () => {
    expect(fresh).toBe(committedFile('openapi.json').toString('utf8'));
  });

  it('is deterministic and ends with a newline', async () => {
    expect(await renderOpenApiJson()).toBe(fresh);
    expect(fresh.endsWith('}\n')).toBe(true);
  });

  it('has no operation that breaks the operation rules, here or in the fixture routes', async () => {
    expect(findOperationProblems(JSON.parse(fresh))).toEqual([]);
    expect(findOperationProblems(JSON.parse(await renderOpenApiJson({ extraModules: [ConnectorFixtureModule] })))).toEqual([]);
  });

  it('is what the running server serves at /api/openapi.json, without a key even when keys are set', async () => {
    const app = await startTestApp({ API_KEYS: 'doc-test-key-1' });
    try {
      const served = await request(app.server).get('/api/openapi.json').expect(200);
      expect(served.body).toEqual(JSON.parse(fresh));
      const docs = await request(app.server).get('/docs').expect(200);
      expect(docs.text).toContain('swagger-ui');
    } finally {
      await app.close();
    }
  });
});

describe('operation rules', () => {
  it('name every defect of a careless controller', async () => {
    const problems = findOperationProblems(JSON.parse(await renderOpenApiJson({ extraModules: [CarelessModule] })));
    const text = problems.join('\n');
    expect(text).toContain('GET /api/careless/plain: operationId "CarelessController_plain" is not an explicit PascalCase name');
    expect(text).toContain('GET /api/careless/plain: has no summary');
    expect(text).toContain('GET /api/careless/plain: has no tags');
    expect(text).toContain('GET /api/careless/plain: response 200 has no description');
    expect(text).toContain('POST /api/careless/things: operationId "postThings" is not an explicit PascalCase name');
    expect(text).toMatch(/POST \/api\/careless\/things: summary is \d+ characters/);
    expect(text).toContain('POST /api/careless/things: summary contains "/"');
    expect(text).toContain('POST /api/careless/things: description must be a full sentence');
    expect(text).toContain('POST /api/careless/things: response 200 schema is not a named DTO');
    expect(text).toContain('POST /api/careless/things: request body (application/json) has no example');
    expect(problems.filter((problem) => problem.includes('/api/health') || problem.includes('/api/careless/stream'))).toEqual([]);
  });

  it('recognise a bare @Sse route as an internal event stream, which the connector leaves out', async () => {
    const document = JSON.parse(await renderOpenApiJson({ extraModules: [CarelessModule] }));
    const stream = document.paths['/api/careless/stream'].get;
    expect(Object.keys(stream.responses['200'].content)).toEqual(['text/event-stream']);
    expect(stream['x-ms-visibility']).toBe('internal');
    expect(stream).not.toHaveProperty('x-event-stream');
    const swagger = JSON.parse(buildConnectorPackage(document, DEFAULT_CONNECTOR_SETTINGS)['apiDefinition.swagger.json'].toString('utf8'));
    expect(swagger.paths['/careless/stream']).toBeUndefined();
  });
});

describe('connector/', () => {
  const committedOpenApi = () => JSON.parse(committedFile('openapi.json').toString('utf8'));

  it.each(CONNECTOR_FILES.map((name) => [name]))('%s is the committed file (run `npm run connector`)', (name) => {
    const files = buildConnectorPackage(committedOpenApi(), DEFAULT_CONNECTOR_SETTINGS);
    expect(files[name].equals(committedFile(`connector/${name}`))).toBe(true);
  });

  it('is deterministic', () => {
    const first = buildConnectorPackage(committedOpenApi(), DEFAULT_CONNECTOR_SETTINGS);
    const second = buildConnectorPackage(committedOpenApi(), DEFAULT_CONNECTOR_SETTINGS);
    for (const name of CONNECTOR_FILES) expect(first[name].equals(second[name])).toBe(true);
  });

  it('takes host, base path, scheme and colour from CONNECTOR_* settings', () => {
    const settings = connectorSettingsFrom({ CONNECTOR_HOST: 'grid.contoso.com:8443', CONNECTOR_SCHEME: 'http', CONNECTOR_BRAND_COLOR: '#112233' });
    const files = buildConnectorPackage(committedOpenApi(), settings);
    const swagger = JSON.parse(files['apiDefinition.swagger.json'].toString('utf8'));
    expect([swagger.host, swagger.basePath, swagger.schemes]).toEqual(['grid.contoso.com:8443', '/api', ['http']]);
    expect(JSON.parse(files['apiProperties.json'].toString('utf8')).properties.iconBrandColor).toBe('#112233');
  });
});
