import { ConversionError, convertRootSchema, convertSchema, type SchemaContext } from './schema-converter.js';
import { titleCase } from './display-names.js';

const context = (components: Record<string, Record<string, unknown>>): SchemaContext => ({ components, used: new Set() });

describe('convertSchema', () => {
  it('drops OpenAPI-3-only keys and formats the connector schema refuses', () => {
    const out = convertSchema({ type: 'string', nullable: true, format: 'hostname', deprecated: true, writeOnly: true, example: 'a' }, context({}), 'x', []);
    expect(out).toEqual({ type: 'string', example: 'a' });
  });

  it('refuses oneOf and anyOf instead of silently emptying the schema', () => {
    expect(() => convertSchema({ oneOf: [{ type: 'string' }, { type: 'integer' }] }, context({}), 'Dto.value', [])).toThrow(ConversionError);
    expect(() => convertSchema({ anyOf: [{ type: 'string' }] }, context({}), 'Dto.value', [])).toThrow(/Dto.value: anyOf/);
  });

  it("inlines a described nested DTO (Nest's allOf wrapper) with the property's own summary and description", () => {
    const components = { Inner: { type: 'object', description: 'Inner thing.', properties: { kw: { type: 'number', description: 'Power' } } } };
    const out = convertSchema({ type: 'object', properties: { inner: { description: 'The inner part', allOf: [{ $ref: '#/components/schemas/Inner' }] } } }, context(components), 'Outer', []);
    expect(out.properties).toEqual({
      inner: { 'x-ms-summary': 'Inner', type: 'object', description: 'The inner part.', properties: { kw: { 'x-ms-summary': 'kW', type: 'number', description: 'Power.' } } },
    });
  });

  it('keeps a $ref for a DTO that contains itself, and for array items', () => {
    const ctx = context({ Node: { type: 'object', properties: { parent: { $ref: '#/components/schemas/Node' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } } });
    const out = convertSchema(ctx.components.Node, ctx, 'Node', ['Node']);
    expect((out.properties as Record<string, unknown>).parent).toEqual({ $ref: '#/definitions/Node' });
    expect((out.properties as Record<string, { items: unknown }>).children.items).toEqual({ $ref: '#/definitions/Node' });
    expect([...ctx.used]).toEqual(['Node']);
  });

  it('leaves a root DTO as a bare $ref and fails on an unknown one', () => {
    const ctx = context({ A: { type: 'object' } });
    expect(convertRootSchema({ allOf: [{ $ref: '#/components/schemas/A' }] }, ctx, 'op')).toEqual({ $ref: '#/definitions/A' });
    expect(() => convertRootSchema({ $ref: '#/components/schemas/B' }, ctx, 'op')).toThrow(/unresolved/);
  });
});

describe(titleCase.name, () => {
  it.each([
    ['meterId', 'Meter ID'],
    ['powerKw', 'Power kW'],
    ['energyKwh', 'Energy kWh'],
    ['nextLink', 'Next Link'],
    ['top', 'Top'],
    ['documentURL', 'Document URL'],
    ['@odata.nextLink', 'Odata Next Link'],
  ])('%s -> %s', (name, label) => expect(titleCase(name)).toBe(label));
});
