import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import request from 'supertest';
import { exampleFromSchema } from '../../../src/openapi/openapi-rules.js';
import { operations, parametersOf, type Json, type Op } from './swagger-walk.js';

/** A value seen in an earlier response, by property name: how a later operation finds a real id. */
export interface Recorded {
  operationId: string;
  body: unknown;
}

export interface CallResult {
  status: number;
  problems: string[];
  body: unknown;
}

const PHASE = (o: Op): number => {
  const hasPathParameter = /\{/.test(o.path);
  if (o.method === 'delete') return 3;
  if (o.method === 'get' && !hasPathParameter) return 0;
  if (o.method === 'get') return 2;
  return 1;
};

/**
 * Lists first, then writes, then reads by id, then deletes: so every path parameter can be taken from a
 * response seen earlier (a meter id from ListTelemetry, a document id from AddDocument) and a delete removes
 * something the run created.
 */
export function plan(swagger: Json): Op[] {
  return operations(swagger).sort((a, b) => PHASE(a) - PHASE(b) || a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

export interface CallOptions {
  /** What the platform puts in a trigger's x-ms-notification-url field: the flow's callback URL. */
  notificationUrl?: string;
}

export async function callOperation(server: unknown, swagger: Json, o: Op, apiKey: string, recorded: Recorded[], options: CallOptions = {}): Promise<CallResult> {
  const problems: string[] = [];
  let url = `${swagger.basePath === '/' ? '' : swagger.basePath}${o.path}`;
  const query: Record<string, unknown> = {};
  const form: Record<string, unknown> = {};
  let body: unknown;
  const files: { name: string }[] = [];
  const headers: Record<string, string> = {};
  for (const parameter of parametersOf(swagger, o.op)) {
    // A PUT names the resource it creates or replaces: its documented test value, not an id another answer showed.
    const value = parameter.in === 'path' && o.method !== 'put' ? (discovered(recorded, parameter.name) ?? sampleValue(parameter)) : sampleValue(parameter);
    if (parameter.in === 'path') {
      if (value === undefined) problems.push(`no value for path parameter ${parameter.name}`);
      url = url.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
    } else if (parameter.in === 'query' && value !== undefined) query[parameter.name] = Array.isArray(value) ? value.join(',') : value;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- header samples come from x-ms-test-value, default or enum: primitives
    else if (parameter.in === 'header' && value !== undefined) headers[parameter.name] = String(value);
    else if (parameter.in === 'body') {
      body = parameter['x-ms-test-value'] ?? exampleFromSchema(swagger, parameter.schema, '#/definitions/');
      if (body === undefined && parameter.required) problems.push('the body schema has no example');
      const field = notificationField(swagger, parameter.schema);
      if (field !== undefined) {
        if (options.notificationUrl === undefined) problems.push(`a trigger: give the callback URL for ${field}`);
        body = { ...(body as Json), [field]: options.notificationUrl };
      }
    } else if (parameter.in === 'formData') {
      if (parameter.type === 'file') files.push({ name: parameter.name });
      else if (value !== undefined) form[parameter.name] = value;
      else if (parameter.required) problems.push(`no value for form field ${parameter.name}`);
    }
  }
  if (problems.length > 0) return { status: 0, problems, body: undefined };
  const secured = (o.op.security ?? swagger.security ?? []).length > 0;
  // A deadline, so that a stream which slipped into the connector fails this test instead of hanging it.
  let call = (request(server as never) as unknown as Record<string, (url: string) => request.Test>)[o.method](url).query(query).timeout({ deadline: 20_000 });
  if (secured) call = call.set('x-api-key', apiKey);
  for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
  if (files.length > 0 || Object.keys(form).length > 0) {
    for (const [name, value] of Object.entries(form)) call = call.field(name, String(value));
    for (const file of files) call = call.attach(file.name, Buffer.from('PowerGrid round trip: Article 11 energy audits.\n'), { filename: 'round-trip.txt', contentType: 'text/plain' });
  } else if (body !== undefined) call = call.send(body as object);
  const response = await call;
  return { status: response.status, body: response.body, problems: responseProblems(swagger, o, response.status, response.body) };
}

/** The body property the platform fills with the flow's callback URL, if the schema has one. */
export function notificationField(swagger: Json, schema: Json): string | undefined {
  const resolved = schema?.$ref ? swagger.definitions[String(schema.$ref).split('/').pop() as string] : schema;
  return Object.entries((resolved?.properties ?? {}) as Record<string, Json>).find(([, property]) => property['x-ms-notification-url'] === true)?.[0];
}

function sampleValue(parameter: Json): unknown {
  return parameter['x-ms-test-value'] ?? parameter.default ?? parameter.enum?.[0] ?? (parameter.required ? fallback(parameter.type) : undefined);
}

function fallback(type: string): unknown {
  return type === 'integer' || type === 'number' ? 1 : type === 'boolean' ? true : undefined;
}

/** The latest value of a property with this name in any earlier response (searched depth first). */
function discovered(recorded: Recorded[], name: string): unknown {
  for (const entry of [...recorded].reverse()) {
    const value = findProperty(entry.body, name);
    if (value !== undefined) return value;
  }
  return undefined;
}

function findProperty(node: unknown, name: string): unknown {
  if (!node || typeof node !== 'object') return undefined;
  if (!Array.isArray(node) && (typeof (node as Json)[name] === 'string' || typeof (node as Json)[name] === 'number')) return (node as Json)[name];
  for (const value of Object.values(node)) {
    const found = findProperty(value, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

const ajv = addFormats(new AjvDraft04({ strict: false, allErrors: true }));

/** The declared 2xx status and schema, with every object closed so undeclared fields are reported too. */
function responseProblems(swagger: Json, o: Op, status: number, body: unknown): string[] {
  const declared = Object.keys(o.op.responses ?? {}).filter((code) => /^2\d\d$/.test(code));
  if (!declared.includes(String(status))) return [`answered ${status}, declared ${declared.join(', ')}: ${JSON.stringify(body).slice(0, 300)}`];
  const schema = o.op.responses[String(status)].schema;
  if (!schema) return status === 204 ? [] : [`response ${status} declares no schema to check against`];
  return schemaProblems(swagger, schema, body);
}

/** Problems of a JSON value against a schema of the definition, every object closed, nulls reported. */
export function schemaProblems(swagger: Json, schema: Json, body: unknown): string[] {
  const validate = ajv.compile(closed({ ...schema, definitions: swagger.definitions }));
  const problems = validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
  return [...problems, ...nullsIn(body, '')];
}

function closed(schema: Json): Json {
  if (!schema || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map(closed);
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === 'properties' || key === 'definitions' ? Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, closed(v as Json)])) : typeof value === 'object' ? closed(value as Json) : value;
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

/** Power Apps tables show nothing when a value is null ([R6]): absent keys are the contract. */
function nullsIn(node: unknown, path: string): string[] {
  if (node === null) return [`${path || '/'} is null`];
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => nullsIn(value, `${path}/${key}`));
}
