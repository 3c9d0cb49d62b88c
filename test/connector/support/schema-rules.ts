import { inflateSync } from 'node:zlib';
import type { Rule } from './definition-rules.js';
import { operations, parametersOf, schemas, type Json } from './swagger-walk.js';

const SCHEMA_KEYS = ['$ref', 'format', 'title', 'description', 'default', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'maxProperties', 'minProperties', 'required', 'enum', 'additionalProperties', 'type', 'items', 'allOf', 'properties', 'discriminator', 'readOnly', 'xml', 'externalDocs', 'example'];
const SCHEMA_X_MS = ['x-ms-dynamic-list', 'x-ms-dynamic-values', 'x-ms-enum', 'x-ms-enum-values', 'x-ms-localizeDefaultValue', 'x-ms-notification-url', 'x-ms-summary', 'x-ms-test-value', 'x-ms-visibility', 'x-ms-media-kind', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties', 'x-ms-dynamic-tree'];
export const FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'date', 'date-time', 'password', 'date-no-tz', 'email', 'html', 'uri', 'uuid'];
const PARAM_TYPES = ['string', 'number', 'integer', 'boolean', 'array'];
const each = <T>(items: T[], test: (item: T) => string | string[] | undefined | false): string[] =>
  items.flatMap((item) => {
    const result = test(item);
    return result ? (Array.isArray(result) ? result : [result]) : [];
  });
const params = (swagger: Json) => operations(swagger).flatMap((o) => parametersOf(swagger, o.op).map((p) => ({ p, where: `${o.where} ${p?.in}:${p?.name}`, o })));
const typeOk = (value: unknown, type: string | undefined): boolean =>
  type === undefined || (type === 'integer' ? Number.isInteger(value) : type === 'array' ? Array.isArray(value) : type === 'object' ? typeof value === 'object' : typeof value === type);

export const PARAMETER_RULES: Rule[] = [
  { id: 'P1', title: 'path parameters are required and match the path template', check: (f) => each(operations(f.swagger), (o) => { const names = [...o.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]); const path = parametersOf(f.swagger, o.op).filter((p) => p.in === 'path'); return [...each(path, (p) => (p.required !== true || !names.includes(p.name)) && `${o.where}: ${p.name}`), ...each(names, (n) => !path.some((p) => p.name === n) && `${o.where}: missing ${n}`)]; }) },
  { id: 'P2', title: 'path parameters have x-ms-url-encoding single', check: (f) => each(params(f.swagger), ({ p, where }) => p.in === 'path' && p['x-ms-url-encoding'] !== 'single' && where) },
  { id: 'P3', title: 'query parameters have no x-ms-url-encoding', check: (f) => each(params(f.swagger), ({ p, where }) => p.in === 'query' && 'x-ms-url-encoding' in p && where) },
  { id: 'P4', title: 'non-body parameters have a primitive type and no schema', check: (f) => each(params(f.swagger), ({ p, where }) => p.in !== 'body' && (!(PARAM_TYPES.includes(p.type) || (p.type === 'file' && p.in === 'formData')) || 'schema' in p) && where) },
  { id: 'P5', title: 'body parameters have a schema and no type, format or items', check: (f) => each(params(f.swagger), ({ p, where }) => p.in === 'body' && (!p.schema || 'type' in p || 'format' in p || 'items' in p) && where) },
  { id: 'P6', title: 'at most one body parameter and never body with formData', check: (f) => each(operations(f.swagger), (o) => { const ins = parametersOf(f.swagger, o.op).map((p) => p.in); return (ins.filter((i) => i === 'body').length > 1 || (ins.includes('body') && ins.includes('formData'))) && o.where; }) },
  { id: 'P7', title: 'GET operations have no body or formData', check: (f) => each(operations(f.swagger).filter((o) => o.method === 'get'), (o) => parametersOf(f.swagger, o.op).some((p) => ['body', 'formData'].includes(p.in)) && o.where) },
  { id: 'P8', title: 'no parameter is named connectionId', check: (f) => each(params(f.swagger), ({ p, where }) => p.name === 'connectionId' && where) },
  { id: 'P9', title: '(name, in) is unique within an operation', check: (f) => each(operations(f.swagger), (o) => { const keys = parametersOf(f.swagger, o.op).map((p) => `${p.in}:${p.name}`); return keys.length !== new Set(keys).size && o.where; }) },
  { id: 'P10', title: 'file parameters are formData and formData names are ASCII', check: (f) => each(params(f.swagger), ({ p, where }) => ((p.type === 'file' && p.in !== 'formData') || (p.in === 'formData' && !/^[\x20-\x7e]+$/.test(p.name))) && where) },
  { id: 'P11', title: 'allowEmptyValue only on query or formData parameters', check: (f) => each(params(f.swagger), ({ p, where }) => 'allowEmptyValue' in p && !['query', 'formData'].includes(p.in) && where) },
  { id: 'P12', title: 'collectionFormat is csv, ssv, tsv, pipes (or multi in query and formData)', check: (f) => each(params(f.swagger), ({ p, where }) => p.collectionFormat !== undefined && !(['csv', 'ssv', 'tsv', 'pipes'].includes(p.collectionFormat) || (p.collectionFormat === 'multi' && ['query', 'formData'].includes(p.in))) && where) },
  // A webhook trigger's callback URL is the exception: the platform fills an x-ms-notification-url field itself.
  { id: 'P13', title: 'internal required parameters and properties have a default (the notification URL excepted)', check: (f) => [...each(params(f.swagger), ({ p, where }) => p['x-ms-visibility'] === 'internal' && p.required && p.default === undefined && where), ...each(schemas(f.swagger), (s) => each(Object.entries((s.schema.properties ?? {}) as Json), ([n, v]: [string, Json]) => v['x-ms-visibility'] === 'internal' && (s.schema.required ?? []).includes(n) && v.default === undefined && v['x-ms-notification-url'] !== true && `${s.where}.${n}`))] },
  { id: 'P14', title: 'no input property is both readOnly and required', check: (f) => each(schemas(f.swagger).filter((s) => s.role === 'body'), (s) => each(Object.entries((s.schema.properties ?? {}) as Json), ([n, v]: [string, Json]) => v.readOnly && (s.schema.required ?? []).includes(n) && `${s.where}.${n}`)) },
  { id: 'P15', title: 'every parameter has a Title Case x-ms-summary of at most 80 characters and a different description', check: (f) => each(params(f.swagger), ({ p, where }) => !(typeof p['x-ms-summary'] === 'string' && p['x-ms-summary'].length <= 80 && /^[A-Z0-9]/.test(p['x-ms-summary']) && p['x-ms-summary'].split(' ').every((w: string) => /^[A-Z0-9(]/.test(w) || /^(mm|kg|kW|kWh)$/.test(w)) && typeof p.description === 'string' && p.description !== p['x-ms-summary']) && where) },
  { id: 'P16', title: 'parameters repeated across operations are declared once under #/parameters', check: (f) => { const inline = operations(f.swagger).flatMap((o) => (o.op.parameters ?? []).filter((p: Json) => !p.$ref && p.in !== 'body').map((p: Json) => JSON.stringify(p))); return each([...new Set(inline)], (p) => inline.indexOf(p) !== inline.lastIndexOf(p) && p); } },
];

export const SCHEMA_RULES: Rule[] = [
  { id: 'SC1', title: 'schemas use only Swagger 2.0 keys (no nullable, oneOf, anyOf, not, writeOnly, const, examples)', check: (f) => each(schemas(f.swagger), (s) => each(Object.keys(s.schema), (k) => !SCHEMA_KEYS.includes(k) && !SCHEMA_X_MS.includes(k) && !/^x-(?!ms-)/.test(k) && `${s.where}: ${k}`)) },
  { id: 'SC2', title: 'formats are from the allowed list (schemas and parameters)', check: (f) => [...each(schemas(f.swagger), (s) => s.schema.format !== undefined && !FORMATS.includes(s.schema.format) && `${s.where}: ${s.schema.format}`), ...each(params(f.swagger), ({ p, where }) => p.format !== undefined && !FORMATS.includes(p.format) && where)] },
  { id: 'SC3', title: 'arrays have items', check: (f) => [...each(schemas(f.swagger), (s) => s.schema.type === 'array' && !s.schema.items && s.where), ...each(params(f.swagger), ({ p, where }) => p.type === 'array' && !p.items && where)] },
  { id: 'SC4', title: 'required is non-empty, only on objects, and names defined properties', check: (f) => each(schemas(f.swagger), (s) => s.schema.required !== undefined && !(s.schema.type === 'object' && s.schema.required.length > 0 && s.schema.required.every((n: string) => n in (s.schema.properties ?? {}))) && s.where) },
  { id: 'SC5', title: 'enums are non-empty and match their type; defaults match their type', check: (f) => [...each([...schemas(f.swagger).map((s) => ({ x: s.schema, where: s.where })), ...params(f.swagger).map(({ p, where }) => ({ x: p, where }))], ({ x, where }) => ((x.enum !== undefined && (x.enum.length === 0 || !x.enum.every((v: unknown) => typeOk(v, x.type)))) || (x.default !== undefined && !typeOk(x.default, x.type))) && where)] },
  { id: 'SC6', title: 'numeric and length bounds are sane', check: (f) => each([...schemas(f.swagger).map((s) => ({ x: s.schema, where: s.where })), ...params(f.swagger).map(({ p, where }) => ({ x: p, where }))], ({ x, where }) => { const bad = (x.minimum !== undefined && x.maximum !== undefined && x.minimum > x.maximum) || (x.minLength ?? 0) < 0 || (x.minLength !== undefined && x.maxLength !== undefined && x.minLength > x.maxLength) || (x.minItems !== undefined && x.maxItems !== undefined && x.minItems > x.maxItems) || (x.multipleOf !== undefined && x.multipleOf <= 0) || (x.exclusiveMaximum !== undefined && x.maximum === undefined) || (x.exclusiveMinimum !== undefined && x.minimum === undefined); let pattern = true; try { if (x.pattern) new RegExp(x.pattern); } catch { pattern = false; } return (bad || !pattern) && where; }) },
  { id: 'SC7', title: 'string/binary and file appear only at the top of a body, formData or response', check: (f) => each(schemas(f.swagger), (s) => ((s.schema.format === 'binary' && s.depth > 0) || (s.schema.type === 'file' && !(s.role === 'response' && s.depth === 0))) && s.where) },
  { id: 'SC8', title: 'no discriminator', check: (f) => each(schemas(f.swagger), (s) => 'discriminator' in s.schema && s.where) },
  { id: 'SC9', title: 'no allOf', check: (f) => each(schemas(f.swagger), (s) => 'allOf' in s.schema && s.where) },
  { id: 'SC10', title: 'every response property has x-ms-summary and a description ending with "."', check: (f) => each(schemas(f.swagger).filter((s) => s.role === 'property'), (s) => !('$ref' in s.schema) && !(typeof s.schema['x-ms-summary'] === 'string' && s.schema['x-ms-summary'].length > 0 && typeof s.schema.description === 'string' && /\.$/.test(s.schema.description)) && s.where) },
  { id: 'R1', title: 'every operation has a 2xx response and response keys are status codes or default', check: (f) => each(operations(f.swagger), (o) => { const codes = Object.keys(o.op.responses ?? {}); return (!codes.some((c) => /^2\d\d$/.test(c)) || codes.some((c) => !/^([0-9]{3}|default)$/.test(c))) && o.where; }) },
  { id: 'R2', title: 'data-returning operations put their output schema on 200 or 201', check: (f) => each(operations(f.swagger), (o) => { const r = o.op.responses ?? {}; const ok = Object.keys(r).filter((c) => /^2\d\d$/.test(c)); return !(r['200']?.schema || r['201']?.schema || ok.every((c) => c === '204')) && o.where; }) },
  { id: 'R3', title: 'a default response has no schema and is not alone', check: (f) => each(operations(f.swagger), (o) => o.op.responses?.default && (o.op.responses.default.schema || Object.keys(o.op.responses).length === 1) && o.where) },
  { id: 'R4', title: 'exactly one response per operation carries a schema', check: (f) => each(operations(f.swagger), (o) => { const withSchema = Object.values((o.op.responses ?? {}) as Json).filter((r: Json) => r.schema).length; const only204 = Object.keys(o.op.responses ?? {}).filter((c) => /^2/.test(c)).every((c) => c === '204'); return withSchema !== (only204 ? 0 : 1) && o.where; }) },
  { id: 'R5', title: 'every response has a description', check: (f) => each(operations(f.swagger), (o) => Object.values((o.op.responses ?? {}) as Json).some((r: Json) => typeof r.description !== 'string' || r.description.length === 0) && o.where) },
];

export const PACKAGE_RULES: Rule[] = [
  { id: 'S5', title: 'apiProperties has the api_key securestring connection parameter', check: (f) => (f.properties.properties?.connectionParameters?.api_key?.type === 'securestring' ? [] : ['missing']) },
  { id: 'F3', title: 'connection parameter keys are alphanumeric with underscores', check: (f) => each(Object.keys(f.properties.properties.connectionParameters ?? {}), (k) => !/^[0-9a-zA-Z_]+$/.test(k) && k) },
  { id: 'F4', title: 'policy templates are known ids', check: (f) => each(f.properties.properties.policyTemplateInstances ?? [], (p: Json) => !['convertarraytoobject', 'convertobjecttoarray', 'dynamichosturl', 'encodepropertyvalue', 'pollingtrigger', 'routerequesttoendpoint', 'setheader', 'setproperty', 'setqueryparameter', 'setvaluefromurl', 'stringreplace', 'stringtoarray', 'updatenextlink'].includes(p.templateId) && p.templateId) },
  { id: 'F5', title: 'iconBrandColor is a hex colour, not the default #007ee5', check: (f) => (/^#[0-9a-f]{6}$/i.test(f.properties.properties.iconBrandColor) && f.properties.properties.iconBrandColor.toLowerCase() !== '#007ee5' ? [] : [f.properties.properties.iconBrandColor]) },
  { id: 'F6', title: 'icon.png is a 230x230 PNG whose background is the brand colour (not white, not transparent)', check: (f) => iconProblems(f.icon, f.properties.properties.iconBrandColor) },
  { id: 'F8', title: 'README has the sections of the certified-connector template', check: (f) => each(['Publisher', 'Prerequisites', 'Supported Operations', 'Obtaining Credentials', 'Known Issues and Limitations', 'Deployment Instructions'], (s) => !f.readme.includes(`## ${s}`) && s) },
  { id: 'F8-ops', title: 'README describes every operation', check: (f) => each(operations(f.swagger), (o) => !f.readme.includes(`### ${o.op.operationId}`) && o.where) },
  { id: 'F10', title: 'apiProperties has no stackOwner', check: (f) => ('stackOwner' in f.properties.properties ? ['stackOwner'] : []) },
];

/** Decodes our palette PNG far enough to read its size and the colour of the top-left pixel. */
function iconProblems(png: Buffer, brand: string): string[] {
  if (png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') return ['not a PNG'];
  const chunks = new Map<string, Buffer[]>();
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('ascii');
    chunks.set(type, [...(chunks.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  const header = chunks.get('IHDR')![0];
  const [width, height, colorType] = [header.readUInt32BE(0), header.readUInt32BE(4), header[9]];
  if (width !== 230 || height !== 230) return [`${width}x${height}`];
  if (colorType !== 3 || chunks.has('tRNS')) return ['expected an opaque palette PNG'];
  const pixels = inflateSync(Buffer.concat(chunks.get('IDAT')!));
  const palette = chunks.get('PLTE')![0];
  const corner = `#${palette.subarray(pixels[1] * 3, pixels[1] * 3 + 3).toString('hex')}`;
  return corner.toLowerCase() === brand.toLowerCase() && corner !== '#ffffff' ? [] : [`background ${corner}`];
}
