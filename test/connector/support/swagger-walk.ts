import { operationsOf } from '../../../src/openapi/openapi-rules.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walks generated Swagger/OpenAPI JSON of any shape
export type Json = Record<string, any>;

export interface Op {
  path: string;
  method: string;
  op: Json;
  where: string;
}

export function operations(doc: Json): Op[] {
  return operationsOf(doc).map(({ path, method, operation: op }) => ({
    path,
    method,
    op,
    where: `${method.toUpperCase()} ${path} ${op.operationId ?? ''}`.trim(),
  }));
}

export function resolve(doc: Json, node: Json): Json {
  if (typeof node?.$ref !== 'string') return node;
  const [, section, name] = node.$ref.split('/');
  return doc[section]?.[name];
}

export function parametersOf(doc: Json, op: Json): Json[] {
  return ((op.parameters ?? []) as Json[]).map((parameter) => resolve(doc, parameter));
}

export interface SchemaVisit {
  schema: Json;
  where: string;
  /** 'definition' | 'body' | 'response' | 'property' | 'items' | 'additional' | 'allOf' */
  role: string;
  depth: number;
}

/** Every schema object in the document, where it sits, and how deep below its root it is. */
export function schemas(doc: Json): SchemaVisit[] {
  const visits: SchemaVisit[] = [];
  const visit = (schema: Json, where: string, role: string, depth: number): void => {
    if (!schema || typeof schema !== 'object') return;
    visits.push({ schema, where, role, depth });
    for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) visit(property, `${where}.${name}`, 'property', depth + 1);
    if (schema.items) visit(schema.items, `${where}[]`, 'items', depth + 1);
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, `${where}{}`, 'additional', depth + 1);
    for (const [index, part] of ((schema.allOf ?? []) as Json[]).entries()) visit(part, `${where}.allOf[${index}]`, 'allOf', depth + 1);
  };
  for (const [name, definition] of Object.entries((doc.definitions ?? {}) as Record<string, Json>)) visit(definition, `#/definitions/${name}`, 'definition', 0);
  for (const { op, where } of operations(doc)) {
    for (const parameter of parametersOf(doc, op)) if (parameter?.in === 'body') visit(parameter.schema, `${where} body`, 'body', 0);
    for (const [code, response] of Object.entries((op.responses ?? {}) as Record<string, Json>)) {
      if (response.schema) visit(response.schema, `${where} ${code}`, 'response', 0);
    }
  }
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    const content = item['x-ms-notification-content'];
    if (content?.schema) visit(content.schema, `${path} x-ms-notification-content`, 'notification', 0);
  }
  return visits;
}

/** Every object holding a `$ref`, anywhere in the document, with its JSON path. */
export function refs(node: unknown, path = '#'): { ref: Json; path: string }[] {
  if (!node || typeof node !== 'object') return [];
  const found: { ref: Json; path: string }[] = [];
  if (!Array.isArray(node) && typeof (node as Json).$ref === 'string') found.push({ ref: node, path });
  for (const [key, value] of Object.entries(node)) found.push(...refs(value, `${path}/${key}`));
  return found;
}

/** Definition names a schema reaches through `$ref`, so depth can be counted across references. */
export function depthThroughRefs(doc: Json, schema: Json, seen: string[] = []): number {
  if (!schema || typeof schema !== 'object') return 0;
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop() as string;
    if (seen.includes(name)) return 0;
    return depthThroughRefs(doc, doc.definitions?.[name], [...seen, name]);
  }
  const children: Json[] = [
    ...Object.values((schema.properties ?? {}) as Record<string, Json>),
    ...(schema.items ? [schema.items] : []),
    ...(schema.additionalProperties && typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : []),
  ];
  return 1 + Math.max(0, ...children.map((child) => depthThroughRefs(doc, child, seen)));
}
