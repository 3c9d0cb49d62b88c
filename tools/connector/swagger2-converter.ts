import type { OpenAPIV2 } from 'openapi-types';
import { asSentence, titleCase } from './display-names.js';
import { isReference, operationsOf, type Document3, type NotificationContent, type Operation3, type PathItem2, type Swagger2Document } from './openapi-shapes.js';
import { convertOperation, isEventStream } from './operation-converter.js';
import { ConversionError, convertRootSchema, convertSchema, type Schema2, type Schema3, type SchemaContext } from './schema-converter.js';
import type { ConnectorSettings } from './connector-settings.js';

export type { Swagger2Document } from './openapi-shapes.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * The connector's description, not the OpenAPI one: certification forbids product names and the word "API"
 * in it ([T3]), and the OpenAPI description is written for developers.
 */
export const CONNECTOR_DESCRIPTION =
  'Live smart-meter telemetry for grid operators (meters, readings, grid totals and alerts that can start a flow) and a copilot that answers questions on the EU Energy Efficiency Directive 2023/1791 with cited articles.';

/**
 * Converts the OpenAPI 3 document Nest emits into the Swagger 2.0 subset a Power Platform custom connector
 * imports. Written for what this project emits; anything outside that subset throws a ConversionError that
 * names the operation, rather than producing a connector that imports wrongly.
 */
export function toSwagger2(document: Document3, settings: ConnectorSettings): Swagger2Document {
  // Schemas stay plain JSON objects in the converter: it copies their keys by name ([SC1]).
  const context: SchemaContext = { components: (document.components?.schemas ?? {}) as Record<string, Schema3>, used: new Set() };
  const paths: Record<string, PathItem2> = {};
  const tagsUsed = new Set<string>();
  for (const path of Object.keys(document.paths).sort()) {
    const item = document.paths[path];
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation || isEventStream(operation)) continue;
      const connectorPath = stripBasePath(path, settings.basePath);
      const converted = convertOperation(operation, context, `${method.toUpperCase()} ${path}`);
      for (const tag of converted.tags ?? []) tagsUsed.add(tag);
      (paths[connectorPath] ??= {})[method] = converted;
      if (converted['x-ms-trigger'] !== undefined) paths[connectorPath]['x-ms-notification-content'] = notificationContent(operation, context, `${method.toUpperCase()} ${path}`);
    }
  }
  const parameters = hoistSharedParameters(paths);
  return {
    swagger: '2.0',
    info: {
      title: settings.title,
      description: CONNECTOR_DESCRIPTION,
      version: document.info.version,
      contact: { name: settings.contactName, url: settings.contactUrl, email: settings.contactEmail },
    },
    host: settings.host,
    basePath: settings.basePath,
    schemes: [settings.scheme],
    consumes: ['application/json'],
    produces: ['application/json'],
    paths,
    definitions: convertDefinitions(context),
    parameters,
    securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: apiKeyHeader(document) } },
    security: [{ api_key: [] }],
    tags: declaredTags(document, tagsUsed),
    'x-ms-connector-metadata': [
      { propertyName: 'Website', propertyValue: settings.websiteUrl },
      { propertyName: 'Privacy policy', propertyValue: settings.privacyUrl },
      { propertyName: 'Categories', propertyValue: 'Internet of Things;AI' },
    ],
  };
}

/**
 * A webhook trigger's payload: the request body of the OpenAPI 3 callback the operation declares
 * (`@ApiCallbacks`), as `x-ms-notification-content` on the path item, which is where Microsoft's schema
 * allows it; the designer builds the trigger's outputs from it.
 */
function notificationContent(operation: Operation3, context: SchemaContext, location: string): NotificationContent {
  const deliveries = Object.values(operation.callbacks ?? {}).flatMap((callback) =>
    isReference(callback) ? [] : Object.values(callback).flatMap((item) => (item.post ? [item.post] : [])),
  );
  if (deliveries.length !== 1) throw new ConversionError(location, 'a webhook trigger needs exactly one callback POST describing its payload (@ApiCallbacks)');
  const body = deliveries[0].requestBody;
  const schema = body && !isReference(body) ? body.content['application/json']?.schema : undefined;
  if (!body || isReference(body) || !schema) throw new ConversionError(location, 'the trigger callback has no JSON body schema');
  return { description: asSentence(body.description) ?? 'The alert delivered to the flow.', schema: convertRootSchema(schema as Schema3, context, `${location} callback`) };
}

function stripBasePath(path: string, basePath: string): string {
  if (basePath === '/') return path;
  if (path !== basePath && !path.startsWith(`${basePath}/`)) {
    throw new ConversionError(path, `is outside the connector base path ${basePath}; exclude it from the spec or change CONNECTOR_BASE_PATH`);
  }
  return path.slice(basePath.length) || '/';
}

/** Only the DTOs the connector's operations reach, sorted, so that no definition is unused. */
function convertDefinitions(context: SchemaContext): Record<string, Schema2> {
  const definitions: Record<string, Schema2> = {};
  const done = new Set<string>();
  while (done.size < context.used.size) {
    for (const name of [...context.used]) {
      if (done.has(name)) continue;
      done.add(name);
      definitions[name] = convertSchema(context.components[name], context, `#/components/schemas/${name}`, [name]);
    }
  }
  return Object.fromEntries(Object.keys(definitions).sort().map((name) => [name, definitions[name]]));
}

function apiKeyHeader(document: Document3): string {
  for (const scheme of Object.values(document.components?.securitySchemes ?? {})) {
    if (!isReference(scheme) && scheme.type === 'apiKey' && scheme.in === 'header') return scheme.name;
  }
  throw new ConversionError('components.securitySchemes', 'the document declares no header API key');
}

function declaredTags(document: Document3, used: Set<string>): OpenAPIV2.TagObject[] {
  const declared = new Map((document.tags ?? []).map((tag) => [tag.name, tag]));
  return [...used].sort().map((name) => {
    const description = declared.get(name)?.description;
    return description ? { name, description } : { name };
  });
}

/**
 * A parameter defined identically in several operations is declared once under #/parameters and referenced
 * ([P16]), as Microsoft's certified connectors do (DeepL's DocumentID).
 */
function hoistSharedParameters(paths: Record<string, PathItem2>): Record<string, Schema2> {
  const operations = Object.values(paths).flatMap((item) => operationsOf(item).map(([, operation]) => operation));
  const counts = new Map<string, number>();
  for (const operation of operations) {
    for (const parameter of operation.parameters) {
      if (parameter.in === 'body') continue;
      const key = JSON.stringify(parameter);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const shared: Record<string, Schema2> = {};
  const names = new Map<string, string>();
  for (const [key, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count < 2) continue;
    const parameter = JSON.parse(key) as Schema2;
    let name = titleCase(String(parameter.name)).replace(/\s+/g, '');
    if (shared[name]) name = `${name}${titleCase(String(parameter.in))}`;
    for (let n = 2; shared[name]; n += 1) name = `${name}${n}`;
    shared[name] = parameter;
    names.set(key, name);
  }
  for (const operation of operations) {
    operation.parameters = operation.parameters.map((parameter) => {
      const name = names.get(JSON.stringify(parameter));
      return name ? { $ref: `#/parameters/${name}` } : parameter;
    });
  }
  return Object.fromEntries(Object.keys(shared).sort().map((name) => [name, shared[name]]));
}
