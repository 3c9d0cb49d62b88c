import type { OpenAPIV3 } from 'openapi-types';
import { asSentence, titleCase } from './display-names.js';
import { isReference, type Operation2, type Operation3, type Parameter3 } from './openapi-shapes.js';
import { ALLOWED_FORMATS, ConversionError, convertRootSchema, convertSchema, singleRef, refName, type Schema2, type Schema3, type SchemaContext } from './schema-converter.js';

export const VISIBILITIES = ['important', 'advanced', 'internal'] as const;
const BODY_MEDIA_PREFERENCE = ['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded'];
const STREAM_MEDIA = 'text/event-stream';

/** Server-sent event streams: the connector runtime cannot consume them, so they stay out of the connector. */
export function isEventStream(operation: Operation3): boolean {
  return Object.values(operation.responses ?? {}).some((response) => !isReference(response) && response.content !== undefined && STREAM_MEDIA in response.content);
}

export function convertOperation(operation: Operation3, context: SchemaContext, location: string): Operation2 {
  const where = `${location} (${operation.operationId ?? 'no operationId'})`;
  const body = convertRequestBody(operation.requestBody, context, where);
  const parameters = [
    ...(operation.parameters ?? []).map((parameter) => convertParameter(parameter, context, where)),
    ...body.parameters,
  ];
  const converted: Operation2 = {
    tags: operation.tags,
    summary: operation.summary,
    description: asSentence(operation.description),
    operationId: operation.operationId,
    ...(body.consumes ? { consumes: [body.consumes] } : {}),
    parameters,
    responses: convertResponses(operation.responses ?? {}, context, where),
    ...(operation.security !== undefined ? { security: convertSecurity(operation.security) } : {}),
    ...(operation.deprecated ? { deprecated: true } : {}),
    'x-ms-visibility': visibilityOf(operation),
  };
  const pageable = isPaged(operation, context);
  if (pageable) converted['x-ms-pageable'] = { nextLinkName: 'nextLink' };
  const trigger = operation['x-ms-trigger'];
  if (trigger !== undefined) {
    if (trigger !== 'single' && trigger !== 'batch') throw new ConversionError(where, `x-ms-trigger must be single or batch, not ${trigger} (rule O7)`);
    converted['x-ms-trigger'] = trigger;
    if (operation['x-ms-trigger-hint'] !== undefined) converted['x-ms-trigger-hint'] = operation['x-ms-trigger-hint'];
  }
  return converted;
}

function visibilityOf(operation: Operation3): string {
  const declared = operation['x-ms-visibility'];
  return declared !== undefined && (VISIBILITIES as readonly string[]).includes(declared) ? declared : 'important';
}

/** Every operation asks for the one `api_key` definition, or nothing when the route is public. */
function convertSecurity(security: OpenAPIV3.SecurityRequirementObject[]): Record<string, string[]>[] {
  return security.length === 0 ? [] : [{ api_key: [] }];
}

function convertParameter(reference: OpenAPIV3.ReferenceObject | Parameter3, context: SchemaContext, location: string): Schema2 {
  if (isReference(reference)) throw new ConversionError(location, 'parameter $refs are not emitted by Nest and not supported');
  const parameter: Parameter3 = reference;
  const schema = resolvePrimitive((parameter.schema ?? { type: 'string' }) as Schema3, context, location);
  if (schema.type === 'object' || schema.properties) {
    throw new ConversionError(`${location} ${parameter.name}`, 'non-body parameters must be primitives or arrays (rule P4)');
  }
  const out: Schema2 = {
    name: parameter.name,
    in: parameter.in,
    required: parameter.in === 'path' ? true : parameter.required === true,
    type: schema.type ?? 'string',
  };
  copyPrimitive(schema, out);
  if (schema.type === 'array') {
    out.items = primitiveItems(schema.items as Schema3 | undefined);
    out.collectionFormat = 'csv';
  }
  out.description = asSentence(parameter.description ?? (schema.description as string | undefined)) ?? `${titleCase(parameter.name)}.`;
  out['x-ms-summary'] = schema.title ?? titleCase(parameter.name);
  const example: unknown = parameter.example ?? schema.example;
  if (example !== undefined) out['x-ms-test-value'] = example;
  if (parameter.in === 'path') out['x-ms-url-encoding'] = 'single';
  if (parameter['x-ms-visibility'] !== undefined) out['x-ms-visibility'] = parameter['x-ms-visibility'];
  return out;
}

/** Nest refers to a named enum (`enumName`) even from a query parameter; a parameter needs it inline ([P4]). */
function resolvePrimitive(schema: Schema3, context: SchemaContext, location: string): Schema3 {
  const ref = singleRef(schema);
  const resolved = ref ? context.components[refName(ref, location)] : schema;
  if (!resolved) throw new ConversionError(location, `unresolved $ref ${ref}`);
  if (resolved.type === 'array' && resolved.items) return { ...resolved, items: resolvePrimitive(resolved.items as Schema3, context, location) };
  return resolved;
}

const PRIMITIVE_KEYS = ['format', 'enum', 'default', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'multipleOf'];

function copyPrimitive(schema: Schema3, out: Schema2): void {
  for (const key of PRIMITIVE_KEYS) if (schema[key] !== undefined) out[key] = schema[key];
  if (typeof out.format === 'string' && !ALLOWED_FORMATS.includes(out.format)) delete out.format;
}

function primitiveItems(items: Schema3 | undefined): Schema2 {
  const out: Schema2 = { type: items?.type ?? 'string' };
  if (items) copyPrimitive(items, out);
  return out;
}

interface ConvertedBody {
  parameters: Schema2[];
  consumes?: string;
}

/**
 * Swagger 2.0 allows one body or a set of formData fields, never both ([P6]); when a route accepts JSON and
 * multipart (AddDocument), the connector offers JSON, which the designer turns into typed inputs.
 */
function convertRequestBody(requestBody: Operation3['requestBody'], context: SchemaContext, location: string): ConvertedBody {
  if (!requestBody) return { parameters: [] };
  if (isReference(requestBody)) throw new ConversionError(location, 'request body $refs are not emitted by Nest and not supported');
  const content = (requestBody.content ?? {}) as Record<string, { schema?: Schema3; example?: unknown; examples?: Record<string, { value?: unknown }> }>;
  const media = BODY_MEDIA_PREFERENCE.find((type) => type in content) ?? Object.keys(content)[0];
  if (!media) return { parameters: [] };
  const schema = alternativeFor(content[media].schema ?? { type: 'string' }, media, context, location);
  if (media === 'multipart/form-data' || media === 'application/x-www-form-urlencoded') {
    return { consumes: media, parameters: formDataParameters(schema, context, location) };
  }
  const converted = convertRootSchema(schema, context, `${location} body`);
  const example = content[media].example ?? firstNamedExample(content[media]);
  const parameter: Schema2 = {
    name: 'body',
    in: 'body',
    required: requestBody.required === true,
    description: asSentence(requestBody.description) ?? 'The request body.',
    'x-ms-summary': 'Body',
    schema: example !== undefined && !converted.$ref ? { ...converted, example } : converted,
    ...(example !== undefined ? { 'x-ms-test-value': example } : {}),
  };
  return { consumes: media, parameters: [parameter] };
}

/**
 * A route that takes a JSON document or a file upload may describe its body as `oneOf` the two DTOs for
 * both media types. A connector cannot say oneOf ([SC1]), and it sends one media type: keep the DTO made
 * for it, the one with a binary field for multipart and the one without for JSON.
 */
function alternativeFor(schema: Schema3, media: string, context: SchemaContext, location: string): Schema3 {
  const options = (schema.oneOf ?? schema.anyOf) as Schema3[] | undefined;
  if (!options) return schema;
  const wantsFile = media === 'multipart/form-data';
  const fits = options.find((option) => hasBinaryField(option, context, location) === wantsFile) ?? options.find(() => !wantsFile);
  if (!fits) throw new ConversionError(location, `no alternative of the ${media} body fits that media type`);
  return fits;
}

function hasBinaryField(schema: Schema3, context: SchemaContext, location: string): boolean {
  const ref = singleRef(schema);
  const resolved = ref ? context.components[refName(ref, location)] : schema;
  return Object.values((resolved?.properties ?? {}) as Record<string, Schema3>).some((property) => property.format === 'binary');
}

function firstNamedExample(media: { examples?: Record<string, { value?: unknown }> }): unknown {
  const first = Object.keys(media.examples ?? {}).sort()[0];
  return first === undefined ? undefined : media.examples![first].value;
}

function formDataParameters(schema: Schema3, context: SchemaContext, location: string): Schema2[] {
  const ref = singleRef(schema);
  const resolved = ref ? context.components[refName(ref, location)] : schema;
  const required = new Set((resolved?.required as string[] | undefined) ?? []);
  return Object.entries((resolved?.properties ?? {}) as Record<string, Schema3>).map(([name, property]) => {
    const converted = convertSchema(property, context, `${location} formData ${name}`, []);
    if (converted.type === 'object' || converted.$ref) {
      throw new ConversionError(`${location} formData ${name}`, 'multipart fields must be flat (rule P4)');
    }
    const isFile = property.type === 'string' && property.format === 'binary';
    const out: Schema2 = { name, in: 'formData', required: required.has(name), type: isFile ? 'file' : (converted.type ?? 'string') };
    if (!isFile) copyPrimitive(converted, out);
    if (converted.type === 'array') out.items = primitiveItems(converted.items as Schema3);
    out.description = converted.description ?? `${titleCase(name)}.`;
    out['x-ms-summary'] = titleCase(name);
    if (property.example !== undefined && !isFile) out['x-ms-test-value'] = property.example;
    return out;
  });
}

/**
 * The designer reads one output schema, on 200 or 201 ([R2], [R4]); error responses keep only their
 * description, and `default` never carries a schema ([R3]).
 */
function convertResponses(responses: OpenAPIV3.ResponsesObject, context: SchemaContext, location: string): Record<string, Schema2> {
  const out: Record<string, Schema2> = {};
  const codes = Object.keys(responses).sort();
  const withSchema = codes.find((code) => /^2\d\d$/.test(code) && jsonSchemaOf(responses[code]) !== undefined);
  for (const code of codes) {
    const response = responses[code];
    if (isReference(response)) throw new ConversionError(`${location} ${code}`, 'response $refs are not emitted by Nest and not supported');
    const converted: Schema2 = { description: asSentence(response.description) ?? 'No description.' };
    if (code === withSchema) converted.schema = convertRootSchema(jsonSchemaOf(response)!, context, `${location} ${code}`);
    if (/^2\d\d$/.test(code) && response.headers) converted.headers = convertHeaders(response.headers, `${location} ${code}`);
    out[code] = converted;
  }
  return out;
}

/** Response headers a caller must read, such as the Location a webhook trigger's 201 answers with. */
function convertHeaders(headers: NonNullable<OpenAPIV3.ResponseObject['headers']>, location: string): Record<string, Schema2> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, header]) => {
      if (isReference(header)) throw new ConversionError(`${location} ${name}`, 'header $refs are not emitted by Nest and not supported');
      const type = header.schema && !isReference(header.schema) ? (header.schema.type ?? 'string') : 'string';
      return [name, { type, description: asSentence(header.description) ?? `${name}.`, 'x-ms-summary': titleCase(name) }];
    }),
  );
}

function jsonSchemaOf(response: OpenAPIV3.ReferenceObject | OpenAPIV3.ResponseObject): Schema3 | undefined {
  if (isReference(response)) return undefined;
  return response.content?.['application/json']?.schema as Schema3 | undefined;
}

/** A paged list (OData style): the 2xx JSON body is an object with a `value` array and a `nextLink` string. */
export function isPaged(operation: Operation3, context: SchemaContext): boolean {
  const success = Object.entries(operation.responses ?? {}).find(([code]) => /^2\d\d$/.test(code));
  const schema = success ? jsonSchemaOf(success[1]) : undefined;
  if (!schema) return false;
  const ref = singleRef(schema);
  const resolved = ref ? context.components[refName(ref, 'pageable')] : schema;
  const properties = (resolved?.properties ?? {}) as Record<string, Schema3>;
  return properties.value?.type === 'array' && properties.nextLink?.type === 'string';
}
