/** A JSON Schema fragment as it appears in openapi.json (only the parts the fuzzer reads). */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  oneOf?: SchemaObject[];
  format?: string;
  example?: unknown;
  minimum?: number;
  maximum?: number;
}

export interface FuzzParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: SchemaObject;
  example?: unknown;
}

/** One operation of the spec, flattened for the fuzzer: $refs resolved, SSE routes flagged. */
export interface FuzzOperation {
  operationId: string;
  method: string;
  /** The spec path with `{name}` placeholders, e.g. /api/energy/meters/{meterId}. */
  path: string;
  parameters: FuzzParameter[];
  /** Request body schema per content type (application/json, multipart/form-data, ...). */
  bodies: Record<string, SchemaObject>;
  /** The 200 answer is a text/event-stream: it stays open, so it is probed over real HTTP and closed. */
  eventStream: boolean;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

interface RawOperation {
  operationId: string;
  parameters?: { name: string; in: FuzzParameter['in']; required?: boolean; schema?: SchemaObject; example?: unknown }[];
  requestBody?: { content: Record<string, { schema: SchemaObject }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

/** Every operation of the document, so a route added later is fuzzed without touching the suite. */
export function operationsOf(document: OpenApiDocument): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const resolve = (schema: SchemaObject | undefined) => resolveSchema(document, schema ?? {});
      const bodies: Record<string, SchemaObject> = {};
      for (const [type, media] of Object.entries(raw.requestBody?.content ?? {})) bodies[type] = resolve(media.schema);
      operations.push({
        operationId: raw.operationId,
        method: method.toUpperCase(),
        path,
        parameters: (raw.parameters ?? []).map((p) => ({ name: p.name, in: p.in, required: p.required === true, schema: resolve(p.schema), example: p.example })),
        bodies,
        eventStream: Object.values(raw.responses ?? {}).some((response) => response.content?.['text/event-stream'] !== undefined),
      });
    }
  }
  return operations;
}

/** Inlines $refs (the spec has no cycles; depth is capped anyway so a future cycle cannot hang the suite). */
export function resolveSchema(document: OpenApiDocument, schema: SchemaObject, depth = 0): SchemaObject {
  if (depth > 8) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolveSchema(document, document.components?.schemas?.[name] ?? {}, depth + 1);
  }
  const out: SchemaObject = { ...schema };
  if (schema.properties) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, resolveSchema(document, v, depth + 1)]));
  }
  if (schema.items) out.items = resolveSchema(document, schema.items, depth + 1);
  if (schema.oneOf) out.oneOf = schema.oneOf.map((s) => resolveSchema(document, s, depth + 1));
  return out;
}
