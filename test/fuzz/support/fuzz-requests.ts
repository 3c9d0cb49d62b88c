import fc from 'fast-check';
import type { FuzzOperation, FuzzParameter, SchemaObject } from './openapi-operations.js';
import {
  contentType,
  deepJson,
  HOSTILE_NUMBER_TEXT,
  HOSTILE_NUMBERS,
  hostileString,
  hugeString,
  rawBytes,
  RAW_TRAVERSAL_PATHS,
  TRAVERSAL_IDS,
  wrongType,
} from './hostile-values.js';

/** One generated request; `url` is already encoded, the body is the exact bytes or text to send. */
export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

/** A value shaped by the schema most of the time (so validation is passed and deeper code is reached). */
export function schemaValue(schema: SchemaObject, depth = 0, small = false): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: typedValue(schema, depth, small) }, { weight: 1, arbitrary: wrongType });
}

/** `small` leaves out huge strings and long arrays: set inside a long array, so a body stays a few MB at most. */
function typedValue(schema: SchemaObject, depth: number, small = false): fc.Arbitrary<unknown> {
  if (schema.oneOf?.length) return fc.oneof(...schema.oneOf.map((s) => typedValue(s, depth + 1, small)));
  if (schema.enum?.length) return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...schema.enum) }, { weight: 1, arbitrary: hostileString(16) });
  const example = schema.example === undefined ? [] : [{ weight: 3, arbitrary: fc.constant(schema.example) }];
  switch (schema.type) {
    case 'string':
      return fc.oneof(
        ...example,
        { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
        { weight: 2, arbitrary: hostileString() },
        ...(small ? [] : [{ weight: 1, arbitrary: hugeString }]),
      );
    case 'number':
    case 'integer':
      return fc.oneof(...example, { weight: 2, arbitrary: fc.double() }, { weight: 2, arbitrary: fc.integer() }, { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return arrayValue(schema.items ?? {}, depth, small);
    case 'object':
      return objectValue(schema, depth, small);
    case undefined:
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function arrayValue(items: SchemaObject, depth: number, small: boolean): fc.Arbitrary<unknown> {
  const item = depth > 3 ? fc.jsonValue({ maxDepth: 1 }) : schemaValue(items, depth + 1, small);
  const smallItem = depth > 3 ? fc.jsonValue({ maxDepth: 1 }) : schemaValue(items, depth + 1, true);
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(item, { maxLength: 8 }) },
    // Long arrays repeat one generated item: the size is what is tested, not the variety.
    ...(small ? [] : [{ weight: 1, arbitrary: fc.tuple(smallItem, fc.constantFrom(0, 1_000, 10_000, 10_001, 20_000)).map(([one, n]) => new Array(n).fill(one)) }]),
  );
}

function objectValue(schema: SchemaObject, depth: number, small: boolean): fc.Arbitrary<unknown> {
  const props = Object.entries(schema.properties ?? {});
  const record = fc.record(
    Object.fromEntries(props.map(([name, child]) => [name, depth > 3 ? fc.jsonValue({ maxDepth: 1 }) : schemaValue(child, depth + 1, small)])),
    { requiredKeys: [] },
  );
  const extra = fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
  // Required fields are kept most of the time so the deeper validation runs; missing ones come from requiredKeys: [].
  return fc.tuple(record, extra, fc.boolean()).map(([base, more, withExtra]) => (withExtra ? { ...more, ...(base as object) } : base));
}

/** A body to send: JSON built from a schema, any JSON, nested, raw bytes, or multipart, each with a content type. */
function bodyFor(operation: FuzzOperation): fc.Arbitrary<{ body?: string | Buffer; type?: string }> {
  const jsonSchemas = Object.entries(operation.bodies).filter(([type]) => type.includes('json')).map(([, schema]) => schema);
  const fromSchema = jsonSchemas.map((schema) => ({ weight: 6, arbitrary: fc.tuple(schemaValue(schema), contentType).map(([value, type]) => ({ body: JSON.stringify(value) ?? 'null', type })) }));
  return fc.oneof(
    ...fromSchema,
    { weight: operation.method === 'GET' || operation.method === 'DELETE' ? 4 : 1, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: fc.tuple(fc.jsonValue({ maxDepth: 3 }), contentType).map(([value, type]) => ({ body: JSON.stringify(value), type })) },
    { weight: 1, arbitrary: fc.tuple(deepJson, contentType).map(([body, type]) => ({ body, type })) },
    { weight: 1, arbitrary: fc.tuple(rawBytes, contentType).map(([body, type]) => ({ body, type })) },
    { weight: operation.bodies['multipart/form-data'] ? 3 : 1, arbitrary: multipartBody },
  );
}

const BOUNDARY = 'fuzzboundary7MA4YWxkTrZu0gW';

/** A hand-built multipart body, sometimes malformed, with hostile file names and declared types. */
const multipartBody = fc
  .record({
    field: fc.constantFrom('file', 'title', 'files', ''),
    fileName: fc.oneof(fc.constantFrom('a.txt', 'b.md', 'c.html', 'd.pdf', '../../etc/passwd', '..\\evil.pdf', 'x\u0000.pdf', '', 'a'.repeat(300)), hostileString(20)),
    type: fc.constantFrom('text/plain', 'text/markdown', 'text/html', 'application/pdf', 'application/octet-stream', 'image/png', ''),
    content: fc.oneof(rawBytes, fc.constantFrom(Buffer.from('%PDF-1.4\n%garbage'), Buffer.from('<img src=x onerror=alert(1)>hello grid</img>'), Buffer.from('Energy audit every four years.'))),
    title: fc.option(hostileString(30), { nil: undefined }),
    truncate: fc.boolean(),
  })
  .map(({ field, fileName, type, content, title, truncate }) => {
    const parts: Buffer[] = [];
    if (title !== undefined) parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\n${title}\r\n`));
    parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName.replace(/["\r\n]/g, '_')}"\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n`));
    parts.push(content, Buffer.from(truncate ? '\r\n--' : `\r\n--${BOUNDARY}--\r\n`));
    return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${BOUNDARY}` };
  });

function pathValue(parameter: FuzzParameter): fc.Arbitrary<string> {
  const example = typeof parameter.example === 'string' ? [fc.constant(encodeURIComponent(parameter.example))] : [];
  return fc.oneof(
    ...example,
    fc.constantFrom(...TRAVERSAL_IDS),
    fc.constantFrom(...RAW_TRAVERSAL_PATHS),
    hostileString(40).map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '?'))),
    fc.constantFrom('MTR-0000001', 'MTR-0000199', 'note-article-11', '3f6c2a9e-8b1d-4c55-9d0e-2b7f4a1c9e10', 'a'.repeat(2000)),
  );
}

/** Query values: valid ones, hostile numbers as text, strings with control characters, long ones. */
function queryValue(parameter: FuzzParameter | undefined): fc.Arbitrary<string> {
  const valid = parameter ? typedValue(parameter.schema, 3).map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '')) : fc.string({ maxLength: 8 });
  return fc.oneof(valid, fc.constantFrom(...HOSTILE_NUMBER_TEXT), hostileString(30), fc.constantFrom('a'.repeat(5000)));
}

/** Declared names (repeated, for duplicate keys), unknown ones, and bracket forms that some parsers turn into objects. */
function queryPairs(parameters: FuzzParameter[]): fc.Arbitrary<[string, string][]> {
  const names = parameters.map((p) => p.name);
  const key = fc.oneof(
    ...(names.length ? [{ weight: 4, arbitrary: fc.constantFrom(...names) }] : []),
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'top[]', 'top[a]', 'skipToken[0]', '$where', '', '%') },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  return fc.array(key.chain((name) => queryValue(parameters.find((p) => p.name === name)).map((value) => [name, value] as [string, string])), { maxLength: 6 });
}

/** Every kind of bad request for one operation of the spec. */
export function requestFor(operation: FuzzOperation): fc.Arbitrary<FuzzRequest> {
  const pathParams = operation.parameters.filter((p) => p.in === 'path');
  const path = fc.tuple(...pathParams.map(pathValue)).map((values) => values.reduce((url, value, i) => url.replace(`{${pathParams[i].name}}`, value), operation.path));
  const query = queryPairs(operation.parameters.filter((p) => p.in === 'query'));
  return fc.tuple(path, query, bodyFor(operation)).map(([url, pairs, { body, type }]) => {
    const search = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v.replace(/[\ud800-\udfff]/g, '?'))}`).join('&');
    const headers: Record<string, string> = {};
    if (type !== undefined && body !== undefined) headers['content-type'] = type;
    const request: FuzzRequest = { method: operation.method, url: search ? `${url}?${search}` : url, headers, body };
    // fast-check prints counterexamples with this: keeps a 200 KB body from flooding the report.
    Object.defineProperty(request, fc.toStringMethod, { value: () => describe(request), enumerable: false });
    return request;
  });
}

/** Printable description of a request for failure messages (bodies cut short). */
export function describe(request: FuzzRequest): string {
  const body = request.body === undefined ? '' : String(request.body).slice(0, 300);
  return `${request.method} ${request.url.slice(0, 300)} ${JSON.stringify(request.headers)} ${JSON.stringify(body)}`;
}
