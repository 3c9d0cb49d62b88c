/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-member-access -- walks the generated OpenAPI document as plain JSON (`Record<string, any>`): this module is itself the check on its shape */
type Json = Record<string, any>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;

export interface DocumentedOperation {
  method: string;
  path: string;
  operation: Json;
}

export function operationsOf(document: Json): DocumentedOperation[] {
  const found: DocumentedOperation[] = [];
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) if (item[method]) found.push({ method, path, operation: item[method] });
  }
  return found;
}

/**
 * What every operation of the OpenAPI document must have, because Power Apps shows it to makers: a PascalCase
 * operationId (its Power Fx name), a short summary, a real description, tags, named and described response
 * DTOs, and an example for every request body. Returns one line per problem; empty means clean.
 */
export function findOperationProblems(document: Json): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { method, path, operation } of operationsOf(document)) {
    const where = `${method.toUpperCase()} ${path}`;
    const report = (problem: string): void => void problems.push(`${where}: ${problem}`);
    const id = operation.operationId;
    if (typeof id !== 'string' || !PASCAL_CASE.test(id)) {
      report(`operationId "${id}" is not an explicit PascalCase name (set @ApiOperation({ operationId }))`);
    } else if (seen.has(id)) report(`operationId ${id} is also used by ${seen.get(id)}`);
    else seen.set(id, where);
    problems.push(...summaryProblems(operation).map((problem) => `${where}: ${problem}`));
    if (!Array.isArray(operation.tags) || operation.tags.length === 0) report('has no tags (@ApiTags)');
    problems.push(...responseProblems(document, operation).map((problem) => `${where}: ${problem}`));
    problems.push(...requestBodyProblems(document, operation).map((problem) => `${where}: ${problem}`));
  }
  return problems;
}

export function summaryProblems(operation: Json): string[] {
  const problems: string[] = [];
  const summary = operation.summary;
  const description = operation.description;
  if (typeof summary !== 'string' || summary.trim() === '') return ['has no summary'];
  if (summary.length > 80) problems.push(`summary is ${summary.length} characters (at most 80)`);
  if (summary.includes('/')) problems.push('summary contains "/"');
  if (!/[A-Za-z0-9]$/.test(summary)) problems.push('summary must end with a letter or digit');
  if (typeof description !== 'string' || description.trim() === '') return [...problems, 'has no description'];
  if (description.trim() === summary.trim()) problems.push('description repeats the summary');
  if (!/^[A-Z]/.test(description) || !/[.!?]$/.test(description) || !/\s/.test(description.trim())) {
    problems.push('description must be a full sentence (capital first letter, ending with . ! or ?)');
  }
  return problems;
}

function responseProblems(document: Json, operation: Json): string[] {
  const problems: string[] = [];
  const responses = (operation.responses ?? {}) as Record<string, Json>;
  if (!Object.keys(responses).some((code) => /^2\d\d$/.test(code))) problems.push('declares no 2xx response');
  for (const [code, response] of Object.entries(responses)) {
    if (typeof response.description !== 'string' || response.description.trim() === '') problems.push(`response ${code} has no description`);
    for (const [media, content] of Object.entries((response.content ?? {}) as Record<string, Json>)) {
      if (media !== 'application/json') continue;
      const name = namedSchema(content.schema);
      if (!name) {
        problems.push(`response ${code} schema is not a named DTO (use a class with @ApiProperty)`);
        continue;
      }
      for (const missing of undescribedProperties(document, name)) problems.push(`response ${code}: ${missing} has no description`);
    }
  }
  return problems;
}

/** The DTO name of a schema that is `$ref`, `allOf:[$ref]` or an array of either. */
function namedSchema(schema: Json | undefined): string | undefined {
  if (!schema) return undefined;
  if (schema.type === 'array') return namedSchema(schema.items);
  const ref = schema.$ref ?? (schema.allOf?.length === 1 ? schema.allOf[0].$ref : undefined);
  return typeof ref === 'string' ? ref.replace('#/components/schemas/', '') : undefined;
}

function undescribedProperties(document: Json, name: string, seen = new Set<string>()): string[] {
  if (seen.has(name)) return [];
  seen.add(name);
  const schema = document.components?.schemas?.[name] as Json | undefined;
  if (!schema) return [`${name} (unresolved)`];
  const missing: string[] = [];
  for (const [property, value] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
    if (typeof value.description !== 'string' || value.description.trim() === '') missing.push(`${name}.${property}`);
    const nested = namedSchema(value) ?? namedSchema(value.additionalProperties);
    if (nested) missing.push(...undescribedProperties(document, nested, seen));
  }
  return missing;
}

function requestBodyProblems(document: Json, operation: Json): string[] {
  const content = operation.requestBody?.content as Record<string, Json> | undefined;
  if (!content) return [];
  const problems: string[] = [];
  for (const [media, body] of Object.entries(content)) {
    if (media === 'multipart/form-data') continue;
    if (body.example !== undefined || body.examples !== undefined) continue;
    const example = exampleFromSchema(document, body.schema);
    if (example === undefined || (typeof example === 'object' && example !== null && Object.keys(example).length === 0)) {
      problems.push(`request body (${media}) has no example (add example to the body DTO's properties)`);
    }
  }
  return problems;
}

/**
 * Assembles an example value from a schema's `example`s (falling back to `default` and the first enum value);
 * undefined when a required property has none. The round-trip test builds request bodies the same way.
 */
export function exampleFromSchema(document: Json, schema: Json | undefined, refPrefix = '#/components/schemas/', depth = 0): unknown {
  if (!schema || depth > 8) return undefined;
  const ref = schema.$ref ?? (schema.allOf?.length === 1 ? schema.allOf[0].$ref : undefined);
  if (typeof ref === 'string') {
    const container = refPrefix.startsWith('#/definitions') ? document.definitions : document.components?.schemas;
    return exampleFromSchema(document, container?.[ref.slice(refPrefix.length)], refPrefix, depth + 1);
  }
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (schema.type === 'array') {
    const item = exampleFromSchema(document, schema.items, refPrefix, depth + 1);
    return item === undefined ? undefined : [item];
  }
  if (schema.properties) {
    const required = new Set<string>(schema.required ?? []);
    const out: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(schema.properties as Record<string, Json>)) {
      const value = exampleFromSchema(document, property, refPrefix, depth + 1);
      if (value !== undefined) out[name] = value;
      else if (required.has(name)) return undefined;
    }
    return out;
  }
  return undefined;
}
