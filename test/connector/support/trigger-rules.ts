import type { ConnectorFiles, Rule } from './definition-rules.js';
import { operations, parametersOf, resolve, type Json, type Op } from './swagger-walk.js';

// Webhook trigger rules ([O7], [O8], [P17], [SC1] x-ms-notification-url, §8 path-item x-ms-notification-content,
// [F2] capabilities) and Microsoft's "Use a webhook as a trigger" contract: the registration answers 201 with a
// Location the platform later DELETEs, the callback field is filled by the platform, and the payload is described.
const triggers = (f: ConnectorFiles): Op[] => operations(f.swagger).filter((o) => o.op['x-ms-trigger'] !== undefined);
const each = <T>(items: T[], test: (item: T) => string | string[] | undefined | false): string[] =>
  items.flatMap((item) => {
    const result = test(item);
    return result ? (Array.isArray(result) ? result : [result]) : [];
  });

/** Body properties (one level, through $ref) marked x-ms-notification-url, with their schema and whether required. */
function notificationFields(f: ConnectorFiles, o: Op): { name: string; schema: Json; required: boolean }[] {
  const body = parametersOf(f.swagger, o.op).find((p) => p.in === 'body');
  const schema = body ? resolve(f.swagger, body.schema) : undefined;
  return Object.entries((schema?.properties ?? {}) as Record<string, Json>)
    .filter(([, property]) => property['x-ms-notification-url'] === true)
    .map(([name, property]) => ({ name, schema: property, required: ((schema?.required ?? []) as string[]).includes(name) }));
}

/** Every x-ms-notification-url anywhere: parameters and schema properties. */
function notificationMarks(f: ConnectorFiles): string[] {
  const found: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'x-ms-notification-url' && value === true) found.push(path);
      walk(value, `${path}/${key}`);
    }
  };
  walk(f.swagger.paths, '#/paths');
  walk(f.swagger.definitions, '#/definitions');
  return found;
}

export const TRIGGER_RULES: Rule[] = [
  { id: 'TR1', title: 'a trigger registers with POST and a JSON body', check: (f) => each(triggers(f), (o) => !(o.method === 'post' && parametersOf(f.swagger, o.op).some((p) => p.in === 'body')) && o.where) },
  { id: 'TR2', title: 'a trigger body has exactly one x-ms-notification-url string field, required and internal', check: (f) => each(triggers(f), (o) => { const fields = notificationFields(f, o); return !(fields.length === 1 && fields[0].required && fields[0].schema.type === 'string' && fields[0].schema['x-ms-visibility'] === 'internal') && `${o.where}: ${JSON.stringify(fields.map((x) => x.name))}`; }) },
  { id: 'TR3', title: 'x-ms-notification-url appears only in trigger bodies', check: (f) => { const allowed = triggers(f).flatMap((o) => { const body = parametersOf(f.swagger, o.op).find((p) => p.in === 'body'); return [`#/paths/${o.path}/${o.method}/`, ...(body?.schema?.$ref ? [`${body.schema.$ref as string}/`] : [])]; }); return each(notificationMarks(f), (path) => !allowed.some((prefix) => path.startsWith(prefix)) && path); } },
  { id: 'TR4', title: 'a trigger answers 201 with a string Location header', check: (f) => each(triggers(f), (o) => o.op.responses?.['201']?.headers?.Location?.type !== 'string' && o.where) },
  { id: 'TR5', title: 'the trigger path item has x-ms-notification-content with a description and a schema that resolves', check: (f) => each(triggers(f), (o) => { const content = f.swagger.paths[o.path]['x-ms-notification-content']; return !(content && typeof content.description === 'string' && content.schema && resolve(f.swagger, content.schema)) && o.where; }) },
  { id: 'TR6', title: 'a single trigger delivers an object, a batch trigger an array', check: (f) => each(triggers(f), (o) => { const schema = resolve(f.swagger, f.swagger.paths[o.path]['x-ms-notification-content']?.schema ?? {}); const type = schema?.type ?? (schema?.properties ? 'object' : undefined); return (o.op['x-ms-trigger'] === 'single' ? type !== 'object' : type !== 'array') && `${o.where}: ${type}`; }) },
  { id: 'TR7', title: 'a DELETE operation, internal, sits at the trigger path plus one id segment (the Location)', check: (f) => each(triggers(f), (o) => { const deletes = operations(f.swagger).filter((d) => d.method === 'delete' && new RegExp(`^${o.path}/\\{[^/}]+\\}$`).test(d.path)); return !(deletes.length === 1 && deletes[0].op['x-ms-visibility'] === 'internal') && o.where; }) },
  { id: 'TR8', title: 'a trigger summary starts with "When"', check: (f) => each(triggers(f), (o) => !/^When /.test(o.op.summary) && `${o.where}: ${o.op.summary}`) },
  { id: 'TR9', title: 'x-ms-notification-content only on path items with a trigger', check: (f) => each(Object.entries(f.swagger.paths as Record<string, Json>), ([path, item]) => item['x-ms-notification-content'] !== undefined && !Object.values(item).some((op: Json) => op?.['x-ms-trigger'] !== undefined) && path) },
  { id: 'F2-capabilities', title: 'apiProperties capabilities list actions iff makers can call an action, triggers iff there is a trigger', check: (f) => { const ops = operations(f.swagger); const expected = [...(ops.some((o) => o.op['x-ms-trigger'] === undefined && o.op['x-ms-visibility'] !== 'internal') ? ['actions'] : []), ...(ops.some((o) => o.op['x-ms-trigger'] !== undefined) ? ['triggers'] : [])]; const actual = f.properties.properties.capabilities ?? []; return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [`${JSON.stringify(actual)} should be ${JSON.stringify(expected)}`]; } },
];
