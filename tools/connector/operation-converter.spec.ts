import { convertOperation, isEventStream, isPaged } from './operation-converter.js';
import type { OpenAPIV3 } from 'openapi-types';
import type { SchemaContext } from './schema-converter.js';

const page = { type: 'object', properties: { value: { type: 'array', items: { type: 'string' } }, nextLink: { type: 'string' }, count: { type: 'integer' } } };
const context = (): SchemaContext => ({ components: { Page: page, Item: { type: 'object', properties: { id: { type: 'string' } } } }, used: new Set() });
const ok = (schema: OpenAPIV3.ReferenceObject | OpenAPIV3.SchemaObject) => ({ 200: { description: 'OK', content: { 'application/json': { schema } } } });

describe('convertOperation', () => {
  it('detects paged lists by their value array and nextLink string', () => {
    expect(isPaged({ responses: ok({ $ref: '#/components/schemas/Page' }) }, context())).toBe(true);
    expect(isPaged({ responses: ok({ $ref: '#/components/schemas/Item' }) }, context())).toBe(false);
  });

  it('detects event streams by their media type', () => {
    expect(isEventStream({ responses: { 200: { description: 's', content: { 'text/event-stream': {} } } } })).toBe(true);
    expect(isEventStream({ responses: ok({ type: 'string' }) })).toBe(false);
  });

  it('labels parameters, encodes path parameters once and keeps only one response schema', () => {
    const out = convertOperation(
      {
        operationId: 'GetItem',
        summary: 'Get an item',
        description: 'Returns one item',
        parameters: [
          { name: 'itemId', in: 'path', required: true, schema: { type: 'string', example: 'I-1' } },
          { name: 'top', in: 'query', schema: { type: 'integer', default: 10, format: 'int32' } },
        ],
        responses: { ...ok({ $ref: '#/components/schemas/Item' }), 404: { description: 'Missing', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
      context(),
      'GET /items/{itemId}',
    );
    expect(out.description).toBe('Returns one item.');
    expect(out['x-ms-visibility']).toBe('important');
    expect(out.parameters).toEqual([
      { name: 'itemId', in: 'path', required: true, type: 'string', description: 'Item ID.', 'x-ms-summary': 'Item ID', 'x-ms-test-value': 'I-1', 'x-ms-url-encoding': 'single' },
      { name: 'top', in: 'query', required: false, type: 'integer', format: 'int32', default: 10, description: 'Top.', 'x-ms-summary': 'Top' },
    ]);
    expect(out.responses).toEqual({ 200: { description: 'OK.', schema: { $ref: '#/definitions/Item' } }, 404: { description: 'Missing.' } });
  });

  it('keeps a declared visibility and an empty security requirement', () => {
    const out = convertOperation({ operationId: 'A', 'x-ms-visibility': 'internal', security: [], responses: ok({ type: 'string' }) }, context(), 'GET /a');
    expect(out['x-ms-visibility']).toBe('internal');
    expect(out.security).toEqual([]);
  });

  it('offers the JSON DTO of a body that is oneOf a JSON and an upload DTO, with its named example as test value', () => {
    const ctx: SchemaContext = {
      components: {
        Json: { type: 'object', properties: { title: { type: 'string' }, content: { type: 'string' } } },
        Upload: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
      },
      used: new Set(),
    };
    const body = { oneOf: [{ $ref: '#/components/schemas/Upload' }, { $ref: '#/components/schemas/Json' }] };
    const out = convertOperation(
      {
        operationId: 'AddDocument',
        requestBody: { required: true, content: { 'application/json': { schema: body, examples: { note: { value: { title: 't', content: 'c' } } } }, 'multipart/form-data': { schema: body } } },
        responses: ok({ type: 'string' }),
      },
      ctx,
      'POST /documents',
    );
    expect(out.consumes).toEqual(['application/json']);
    expect(out.parameters).toEqual([expect.objectContaining({ in: 'body', schema: { $ref: '#/definitions/Json' }, 'x-ms-test-value': { title: 't', content: 'c' } })]);
  });
});
