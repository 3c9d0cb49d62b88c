import { spawnSync } from 'node:child_process';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { renderOpenApiJson } from '../../src/openapi/openapi-snapshot.js';
import { DEFAULT_CONNECTOR_SETTINGS } from '../../tools/connector/connector-settings.js';
import { DOCUMENT_RULES, type ConnectorFiles } from './support/definition-rules.js';
import { PACKAGE_RULES, PARAMETER_RULES, SCHEMA_RULES } from './support/schema-rules.js';
import { TRIGGER_RULES } from './support/trigger-rules.js';
import { committedConnector, connectorFrom, readJsonc, ROOT, SHARED_POWERAPPS } from './support/connector-files.js';
import { ConnectorFixtureModule } from './fixture/connector-fixture.module.js';
import type { Json } from './support/swagger-walk.js';

// The committed connector is what makers import; the fixture connector adds test-only routes with every
// shape the feature routes have (paged list, path parameter, JSON body, upload, JSON-or-multipart, SSE,
// internal), so each rule below is exercised on more than GetHealth.
// strict:false because Microsoft's schemas carry editor-only keywords (defaultSnippets); formats are checked.
const validateDefinition = addFormats(new AjvDraft04({ strict: false, allErrors: true })).compile(readJsonc(`${SHARED_POWERAPPS}apiDefinition.swagger.schema.json`));
const validateProperties = addFormats(new Ajv({ strict: false, allErrors: true })).compile(withoutLegacyId(readJsonc(`${SHARED_POWERAPPS}paconn-apiProperties.schema.json`)));
/** The paconn schema says draft-07 but names itself with draft-04's `id`, which Ajv 8 refuses; it is only a label. */
function withoutLegacyId(schema: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, ...rest } = schema;
  return rest;
}

const RULES = [...DOCUMENT_RULES, ...PARAMETER_RULES, ...SCHEMA_RULES, ...PACKAGE_RULES, ...TRIGGER_RULES];

const subjects: [string, () => Promise<ConnectorFiles>][] = [
  ['committed connector/', async () => committedConnector()],
  ['fixture connector', async () => connectorFrom(await renderOpenApiJson({ extraModules: [ConnectorFixtureModule] }), DEFAULT_CONNECTOR_SETTINGS)],
];

describe.each(subjects)('%s', (_name, load) => {
  let files: ConnectorFiles;
  beforeAll(async () => {
    files = await load();
  });

  it("validates against Microsoft's apiDefinition.swagger.schema.json (draft-04)", () => {
    const valid = validateDefinition(files.swagger);
    expect(validateDefinition.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("validates apiProperties.json against Microsoft's paconn-apiProperties.schema.json", () => {
    const valid = validateProperties(files.properties);
    expect(validateProperties.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('passes @apidevtools/swagger-parser validate', () => {
    const run = spawnSync(process.execPath, [`${ROOT}test/connector/support/swagger-parser-validate.mjs`], {
      input: JSON.stringify(files.swagger),
      encoding: 'utf8',
    });
    expect(run.stdout.trim()).toBe('valid');
    expect(run.status).toBe(0);
  });

  it.each(RULES.map((rule) => [`[${rule.id}] ${rule.title}`, rule] as const))('%s', (_title, rule) => {
    expect(rule.check(files)).toEqual([]);
  });
});

describe('the fixture connector covers every route shape', () => {
  let files: ConnectorFiles;
  beforeAll(async () => {
    files = connectorFrom(await renderOpenApiJson({ extraModules: [ConnectorFixtureModule] }), DEFAULT_CONNECTOR_SETTINGS);
  });
  const op = (path: string, method: string) => files.swagger.paths[path]?.[method];

  it('leaves the SSE stream out and keeps internal and advanced visibility', () => {
    expect(op('/fixture/stream', 'get')).toBeUndefined();
    expect(op('/fixture/internal/state', 'get')['x-ms-visibility']).toBe('internal');
    expect(op('/fixture/widgets/{widgetId}', 'delete')['x-ms-visibility']).toBe('advanced');
    expect(op('/fixture/widgets', 'get')['x-ms-visibility']).toBe('important');
  });

  it('marks only the paged list pageable, and apiProperties names it in updatenextlink', () => {
    expect(op('/fixture/widgets', 'get')['x-ms-pageable']).toEqual({ nextLinkName: 'nextLink' });
    expect(op('/fixture/widgets', 'post')['x-ms-pageable']).toBeUndefined();
    const paged = files.properties.properties.policyTemplateInstances[0].parameters['x-ms-apimTemplate-operationName'];
    expect(paged).toContain('ListWidgets');
    expect(paged).not.toContain('CreateWidget');
  });

  it('turns the multipart upload into formData with a file parameter, and JSON-or-multipart into one JSON body', () => {
    expect(op('/fixture/uploads', 'post').consumes).toEqual(['multipart/form-data']);
    expect(op('/fixture/uploads', 'post').parameters.map((p: { name: string; type: string }) => `${p.name}:${p.type}`)).toEqual(['file:file', 'label:string']);
    expect(op('/fixture/notes', 'post').consumes).toEqual(['application/json']);
    expect(op('/fixture/notes', 'post').parameters).toEqual([expect.objectContaining({ in: 'body', schema: { $ref: '#/definitions/AddNoteDto' } })]);
  });

  it('inlines the enum and the nested DTO with their own labels, and drops nullable', () => {
    const widget = files.swagger.definitions.WidgetDto.properties;
    expect(widget.color).toMatchObject({ type: 'string', enum: ['red', 'green', 'blue'], 'x-ms-summary': 'Color' });
    expect(widget.dimensions).toMatchObject({ type: 'object', description: 'Outer size.', 'x-ms-summary': 'Dimensions' });
    expect(widget.dimensions.properties.widthMm['x-ms-summary']).toBe('Width mm');
    expect(widget.note).not.toHaveProperty('nullable');
    expect(files.swagger.parameters.WidgetID).toMatchObject({ in: 'path', 'x-ms-url-encoding': 'single', required: true });
  });

  it('declares the one api_key security definition, and GetHealth needs none', () => {
    expect(files.swagger.securityDefinitions).toEqual({ api_key: { type: 'apiKey', in: 'header', name: 'x-api-key' } });
    expect(op('/health', 'get').security).toEqual([]);
    expect(op('/fixture/widgets', 'get').security).toBeUndefined();
  });
});

describe('the checks can fail', () => {
  let broken: ConnectorFiles;
  beforeAll(async () => {
    broken = connectorFrom(await renderOpenApiJson({ extraModules: [ConnectorFixtureModule] }), DEFAULT_CONNECTOR_SETTINGS);
    const swagger = broken.swagger;
    swagger['x-ms-unknown'] = true;
    swagger.definitions.WidgetDto.properties.note.nullable = true;
    swagger.definitions.WidgetDto.properties.name = { $ref: '#/definitions/DimensionsDto', description: 'sibling' };
    delete swagger.definitions.WidgetDto.properties.weightKg['x-ms-summary'];
    swagger.definitions.WidgetDto.properties.createdAt.format = 'timestamp';
    delete swagger.parameters.WidgetID['x-ms-url-encoding'];
    delete swagger.paths['/fixture/widgets'].get['x-ms-visibility'];
    swagger.paths['/fixture/widgets'].get.operationId = 'list_widgets';
    swagger.paths['/fixture/widgets'].get.summary = 'List widgets / gadgets';
    swagger.paths['/fixture/widgets'].get.responses['400'] = { description: 'Bad.', schema: { type: 'object' } };
    swagger.securityDefinitions.other = { type: 'basic' };
    broken.swaggerText = `${JSON.stringify(swagger, null, 4)}\n`;
  });

  it("Microsoft's schema rejects unknown x-ms keys and OpenAPI 3 keywords", () => {
    expect(validateDefinition(broken.swagger)).toBe(false);
    const paths = (validateDefinition.errors ?? []).map((error) => `${error.instancePath} ${error.message}`).join('\n');
    expect(paths).toMatch(/must NOT have additional properties/);
  });

  it.each([['V9'], ['V15'], ['O3'], ['O4'], ['O6'], ['P2'], ['SC1'], ['SC2'], ['SC10'], ['R4']])('[%s] reports the defect', (id) => {
    const rule = RULES.find((candidate) => candidate.id === id)!;
    expect(rule.check(broken).length).toBeGreaterThan(0);
  });
});

describe('the trigger checks can fail', () => {
  it.each([
    ['TR2', (s: Json): unknown => delete s.definitions.CreateSubscriptionDto.properties.callbackUrl['x-ms-visibility']],
    ['TR3', (s: Json): unknown => (s.definitions.AlertDto.properties.summary['x-ms-notification-url'] = true)],
    ['TR4', (s: Json): unknown => delete s.paths['/alerts/subscriptions'].post.responses['201'].headers],
    ['TR5', (s: Json): unknown => delete s.paths['/alerts/subscriptions']['x-ms-notification-content']],
    ['TR6', (s: Json): unknown => (s.paths['/alerts/subscriptions'].post['x-ms-trigger'] = 'batch')],
    ['TR7', (s: Json): unknown => (s.paths['/alerts/subscriptions/{subscriptionId}'].delete['x-ms-visibility'] = 'important')],
    ['TR8', (s: Json): unknown => (s.paths['/alerts/subscriptions'].post.summary = 'Grid alert raised')],
    ['TR9', (s: Json): unknown => (s.paths['/alerts']['x-ms-notification-content'] = { description: 'x', schema: { type: 'object' } })],
  ] as const)('[%s] reports the defect', (id, breakIt) => {
    const files = committedConnector();
    expect(RULES.find((rule) => rule.id === id)!.check(files)).toEqual([]);
    breakIt(files.swagger);
    expect(RULES.find((rule) => rule.id === id)!.check(files).length).toBeGreaterThan(0);
  });

  it('[F2-capabilities] reports capabilities that leave the trigger out', () => {
    const files = committedConnector();
    files.properties.properties.capabilities = ['actions'];
    expect(RULES.find((rule) => rule.id === 'F2-capabilities')!.check(files)).toEqual(['["actions"] should be ["actions","triggers"]']);
  });
});
