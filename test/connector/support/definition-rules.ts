import { depthThroughRefs, operations, parametersOf, refs, resolve, schemas, type Json } from './swagger-walk.js';

export interface ConnectorFiles {
  swagger: Json;
  /** The exact text of apiDefinition.swagger.json. */
  swaggerText: string;
  properties: Json;
  icon: Buffer;
  readme: string;
}

export interface Rule {
  id: string;
  title: string;
  check(files: ConnectorFiles): string[];
}

const PRODUCT_NAMES = /power ?apps|power ?automate|power ?platform|logic ?apps|copilot studio|power ?bi/i;
const MIME_TYPES = ['application/json', 'text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded', 'application/octet-stream'];
const ROOT_KEYS = ['swagger', 'info', 'host', 'basePath', 'schemes', 'consumes', 'produces', 'paths', 'definitions', 'parameters', 'responses', 'security', 'securityDefinitions', 'tags', 'externalDocs', 'x-ms-capabilities', 'x-ms-connector-metadata', 'x-ms-docs'];
const OP_EXTENSIONS = ['x-ms-api-annotation', 'x-ms-capabilities', 'x-ms-no-generic-test', 'x-ms-operation-context', 'x-ms-pageable', 'x-ms-safe-operation', 'x-ms-summary', 'x-ms-trigger', 'x-ms-trigger-hint', 'x-ms-trigger-metadata', 'x-ms-notification', 'x-ms-visibility'];
const CATEGORIES = ['AI', 'Business Management', 'Business Intelligence', 'Collaboration', 'Commerce', 'Communication', 'Content and Files', 'Finance', 'Data', 'Human Resources', 'Internet of Things', 'IT Operations', 'Lifestyle and Entertainment', 'Marketing', 'Productivity', 'Sales and CRM', 'Security', 'Social Media', 'Website'];
const ops = (f: ConnectorFiles) => operations(f.swagger);
const each = <T>(items: T[], test: (item: T) => string | string[] | undefined | false): string[] =>
  items.flatMap((item) => {
    const result = test(item);
    return result ? (Array.isArray(result) ? result : [result]) : [];
  });

export const DOCUMENT_RULES: Rule[] = [
  { id: 'V1', title: 'swagger is "2.0" and there is no openapi key', check: (f) => (f.swagger.swagger === '2.0' && !('openapi' in f.swagger) ? [] : ['not a Swagger 2.0 document']) },
  { id: 'V3', title: 'the file is smaller than 1 MB', check: (f) => (Buffer.byteLength(f.swaggerText) < 1_000_000 ? [] : [`${Buffer.byteLength(f.swaggerText)} bytes`]) },
  { id: 'V4', title: 'the file is UTF-8 JSON', check: (f) => (JSON.stringify(JSON.parse(f.swaggerText)) === JSON.stringify(f.swagger) ? [] : ['does not parse back']) },
  { id: 'V5', title: 'every $ref points directly under #/definitions, #/parameters or #/responses', check: (f) => each(refs(f.swagger), ({ ref, path }) => !/^#\/(definitions|parameters|responses)\/[^/]+$/.test(ref.$ref) && `${path}: ${ref.$ref}`) },
  { id: 'V6', title: 'every $ref resolves', check: (f) => each(refs(f.swagger), ({ ref, path }) => resolve(f.swagger, ref) === undefined && `${path}: ${ref.$ref}`) },
  { id: 'V7', title: 'path items contain no $ref', check: (f) => each(Object.entries(f.swagger.paths as Record<string, Json>), ([path, item]) => '$ref' in item && path) },
  { id: 'V8', title: 'no definition, parameter or response is only a $ref to another', check: (f) => each(['definitions', 'parameters', 'responses'].flatMap((s) => Object.entries((f.swagger[s] ?? {}) as Json).map(([n, v]) => [`${s}/${n}`, v] as [string, Json])), ([name, v]) => '$ref' in v && name) },
  { id: 'V9', title: 'an object with $ref has no other keys', check: (f) => each(refs(f.swagger), ({ ref, path }) => Object.keys(ref).length !== 1 && `${path}: ${Object.keys(ref).join(',')}`) },
  { id: 'V10', title: 'at most 256 operations', check: (f) => (ops(f).length <= 256 ? [] : [`${ops(f).length} operations`]) },
  { id: 'V11', title: 'schemas are shallow (depth through $ref at most 8)', check: (f) => each(schemas(f.swagger).filter((s) => s.depth === 0), (s) => depthThroughRefs(f.swagger, s.schema) > 8 && s.where) },
  { id: 'V12', title: 'the root has only the allowed keys', check: (f) => each(Object.keys(f.swagger), (key) => !ROOT_KEYS.includes(key) && !/^x-(?!ms-)/.test(key) && key) },
  { id: 'V15', title: 'exactly one security definition', check: (f) => (Object.keys(f.swagger.securityDefinitions ?? {}).length === 1 ? [] : ['not exactly one']) },
  { id: 'T1', title: 'info.title and info.version are non-empty', check: (f) => (f.swagger.info?.title && f.swagger.info?.version ? [] : ['missing']) },
  { id: 'T2', title: 'title has at most 30 characters, no "API", "Connector" or product name, ends alphanumeric', check: (f) => { const t = f.swagger.info.title as string; return t.length <= 30 && !/\bAPI\b|connector/i.test(t) && !PRODUCT_NAMES.test(t) && /[A-Za-z0-9]$/.test(t) ? [] : [t]; } },
  { id: 'T3', title: 'description has 30 to 500 characters, no "API" and no product name', check: (f) => { const d = f.swagger.info.description as string; return d && d.length >= 30 && d.length <= 500 && !/\bAPI\b/.test(d) && !PRODUCT_NAMES.test(d) ? [] : [d]; } },
  { id: 'T4', title: 'info.contact has name, absolute url and a valid ASCII email', check: (f) => { const c = f.swagger.info.contact ?? {}; return c.name && /^https?:\/\/\S+$/.test(c.url) && /^[\x21-\x7e]+@[\x21-\x7e]+\.[a-z]{2,}$/i.test(c.email) ? [] : [JSON.stringify(c)]; } },
  { id: 'T5', title: 'host has no scheme, path or trailing slash', check: (f) => (/^[^{}/ :\\]+(?::\d+)?$/.test(f.swagger.host) ? [] : [f.swagger.host]) },
  { id: 'T6', title: 'basePath starts with /', check: (f) => (f.swagger.basePath === undefined || f.swagger.basePath.startsWith('/') ? [] : [f.swagger.basePath]) },
  { id: 'T7', title: 'schemes is a non-empty subset of http and https', check: (f) => (Array.isArray(f.swagger.schemes) && f.swagger.schemes.length > 0 && f.swagger.schemes.every((s: string) => s === 'http' || s === 'https') ? [] : [String(f.swagger.schemes)]) },
  { id: 'T8', title: 'every consumes and produces MIME type is supported', check: (f) => each([f.swagger, ...ops(f).map((o) => o.op)].flatMap((o) => [...(o.consumes ?? []), ...(o.produces ?? [])]), (m: string) => !MIME_TYPES.includes(m) && m) },
  { id: 'T9', title: 'tag names are unique and every operation tag is declared', check: (f) => { const names = (f.swagger.tags ?? []).map((t: Json) => t.name); return [...each(names, (n: string) => names.indexOf(n) !== names.lastIndexOf(n) && `duplicate ${n}`), ...each(ops(f), (o) => each(o.op.tags ?? [], (t: string) => !names.includes(t) && `${o.where}: ${t}`))]; } },
  { id: 'T10', title: 'x-ms-connector-metadata has Website, Privacy policy and at most 2 known Categories', check: (f) => { const meta = (f.swagger['x-ms-connector-metadata'] ?? []) as Json[]; const get = (n: string) => meta.find((m) => m.propertyName === n)?.propertyValue; const cats = String(get('Categories') ?? '').split(';'); return get('Website') && get('Privacy policy') && cats.length <= 2 && cats.every((c) => CATEGORIES.includes(c)) ? [] : [JSON.stringify(meta)]; } },
  { id: 'T11', title: 'root keys in the documented order, 4-space indent, no trailing spaces', check: (f) => { const order = ['swagger', 'info', 'host', 'basePath', 'schemes', 'consumes', 'produces', 'paths', 'definitions', 'parameters']; const keys = Object.keys(f.swagger).filter((k) => order.includes(k)); const sorted = [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b)); return [...(keys.join() === sorted.join() ? [] : [`order ${keys.join()}`]), ...(f.swaggerText === `${JSON.stringify(f.swagger, null, 4)}\n` ? [] : ['not 4-space JSON']), ...(/[ \t]+$/m.test(f.swaggerText) ? ['trailing spaces'] : [])]; } },
  { id: 'S1', title: 'the security definition is an apiKey in a header (or basic, or accessCode oauth2)', check: (f) => each(Object.entries((f.swagger.securityDefinitions ?? {}) as Record<string, Json>), ([n, d]) => !((d.type === 'apiKey' && d.name && ['header', 'query'].includes(d.in)) || d.type === 'basic' || (d.type === 'oauth2' && d.flow === 'accessCode')) && n) },
  { id: 'S2', title: 'every security requirement names a defined scheme', check: (f) => each([f.swagger.security ?? [], ...ops(f).map((o) => o.op.security ?? [])].flat(), (req: Json) => each(Object.keys(req), (n) => !(n in (f.swagger.securityDefinitions ?? {})) && n)) },
  { id: 'S3', title: 'apiKey requirements have an empty scope list', check: (f) => each([f.swagger.security ?? [], ...ops(f).map((o) => o.op.security ?? [])].flat(), (req: Json) => each(Object.values(req), (v: unknown) => !(Array.isArray(v) && v.length === 0) && JSON.stringify(req))) },
  { id: 'O1', title: 'every operation has a unique operationId', check: (f) => { const ids = ops(f).map((o) => o.op.operationId); return each(ops(f), (o) => (!o.op.operationId || ids.indexOf(o.op.operationId) !== ids.lastIndexOf(o.op.operationId)) && o.where); } },
  { id: 'O2', title: 'operationId is already alphanumeric', check: (f) => each(ops(f), (o) => String(o.op.operationId).replace(/[^A-Za-z0-9_]/g, '') !== o.op.operationId && o.where) },
  { id: 'O3', title: 'operationId is PascalCase', check: (f) => each(ops(f), (o) => !/^[A-Z][A-Za-z0-9]*$/.test(o.op.operationId) && o.where) },
  { id: 'O4', title: 'summary has at most 80 characters, no "/", ends alphanumeric', check: (f) => each(ops(f), (o) => !(typeof o.op.summary === 'string' && o.op.summary.length > 0 && o.op.summary.length <= 80 && !o.op.summary.includes('/') && /[A-Za-z0-9]$/.test(o.op.summary)) && `${o.where}: ${o.op.summary}`) },
  { id: 'O4-CERT', title: 'summary uses only letters, digits, spaces and parentheses, and no product name', check: (f) => each(ops(f), (o) => (!/^[A-Za-z0-9 ()]+$/.test(o.op.summary) || PRODUCT_NAMES.test(o.op.summary)) && `${o.where}: ${o.op.summary}`) },
  { id: 'O5', title: 'description is a sentence that differs from the summary', check: (f) => each(ops(f), (o) => !(typeof o.op.description === 'string' && o.op.description !== o.op.summary && /[.!?]$/.test(o.op.description)) && o.where) },
  { id: 'O6', title: 'every operation has x-ms-visibility important, advanced or internal', check: (f) => each(ops(f), (o) => !['important', 'advanced', 'internal'].includes(o.op['x-ms-visibility']) && o.where) },
  { id: 'O7', title: 'no x-ms-trigger other than single or batch', check: (f) => each(ops(f), (o) => o.op['x-ms-trigger'] !== undefined && !['single', 'batch'].includes(o.op['x-ms-trigger']) && o.where) },
  { id: 'O8', title: 'operations use only the allowed x-ms-* extensions', check: (f) => each(ops(f), (o) => each(Object.keys(o.op), (k) => k.startsWith('x-ms-') && !OP_EXTENSIONS.includes(k) && `${o.where}: ${k}`)) },
  { id: 'O9', title: 'x-ms-pageable.nextLinkName is nextLink and the updatenextlink policy covers the operation', check: (f) => each(ops(f).filter((o) => o.op['x-ms-pageable']), (o) => { const policy = (f.properties.properties.policyTemplateInstances ?? []).find((p: Json) => p.templateId === 'updatenextlink'); return (o.op['x-ms-pageable'].nextLinkName !== 'nextLink' || !policy?.parameters?.['x-ms-apimTemplate-operationName']?.includes(o.op.operationId) || policy.parameters['x-ms-apimTemplateParameter.nextLinkPropertyName'] !== 'nextLink') && o.where; }) },
  { id: 'O10', title: 'x-ms-api-annotation.replacement only on deprecated operations, with api and operationId', check: (f) => each(ops(f), (o) => { const r = o.op['x-ms-api-annotation']?.replacement; return r !== undefined && !(o.op.deprecated === true && r.api && r.operationId) && o.where; }) },
  { id: 'O11', title: 'paths are well formed, unique ignoring case and not duplicates apart from parameter names', check: (f) => { const paths = Object.keys(f.swagger.paths); const shape = (p: string) => p.toLowerCase().replace(/\{[^}]+\}/g, '{}'); return [...each(paths, (p) => (!p.startsWith('/') || /[?#*]|\{[^}]*=|\{[^}]*\/[^}]*\}/.test(p)) && p), ...each(paths, (p) => paths.findIndex((q) => shape(q) === shape(p)) !== paths.indexOf(p) && `duplicate ${p}`)]; } },
  // The validator's warning is about GET /items/search being taken for GET /items/{id}: paths whose operations
  // share no method (GET /alerts/{alertId} beside POST /alerts/subscriptions) cannot be confused that way.
  { id: 'O12', title: 'no /items/{id} beside /items/search with a method in common', check: (f) => { const methodsOf = (p: string) => Object.keys(f.swagger.paths[p]).filter((k) => !k.startsWith('x-')); const paths = Object.keys(f.swagger.paths).map((p) => ({ seg: p.split('/'), methods: methodsOf(p) })); return each(paths, (a) => each(paths, (b) => a.seg.length === b.seg.length && a !== b && a.methods.some((m) => b.methods.includes(m)) && a.seg.every((seg, i) => seg === b.seg[i] || (i === a.seg.length - 1 && /^\{.+\}$/.test(seg) && !/^\{.+\}$/.test(b.seg[i]))) && `${a.seg.join('/')} vs ${b.seg.join('/')}`)); } },
  { id: 'O13', title: 'operations with body or formData declare a supported consumes', check: (f) => each(ops(f), (o) => parametersOf(f.swagger, o.op).some((p) => ['body', 'formData'].includes(p.in)) && !(o.op.consumes ?? f.swagger.consumes ?? []).some((m: string) => MIME_TYPES.includes(m)) && o.where) },
];
