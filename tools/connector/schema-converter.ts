import { asSentence, titleCase } from './display-names.js';

export type Schema3 = Record<string, unknown>;
export type Schema2 = Record<string, unknown>;

/** Formats Microsoft's connector schema accepts ([SC2]); any other format is dropped, keeping the type. */
export const ALLOWED_FORMATS: readonly string[] = [
  'int32', 'int64', 'float', 'double', 'byte', 'binary', 'date', 'date-time',
  'password', 'date-no-tz', 'email', 'html', 'uri', 'uuid',
];

/** Plain keys a 2.0 schema may carry ([SC1]); everything else in a 3.0 schema is OpenAPI-3-only or unsafe. */
const COPIED_KEYS = [
  'type', 'format', 'title', 'description', 'default', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum',
  'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'maxProperties',
  'minProperties', 'enum', 'readOnly', 'example',
] as const;

const PASSED_EXTENSIONS = ['x-ms-visibility', 'x-ms-summary', 'x-ms-notification-url'];

export class ConversionError extends Error {
  constructor(readonly location: string, detail: string) {
    super(`${location}: ${detail}`);
    this.name = 'ConversionError';
  }
}

export interface SchemaContext {
  /** components.schemas of the OpenAPI 3 document. */
  readonly components: Readonly<Record<string, Schema3>>;
  /** Definition names reached so far; the converter emits only those. */
  readonly used: Set<string>;
}

export function refName(ref: string, location: string): string {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  if (!match) throw new ConversionError(location, `unsupported $ref ${ref}`);
  return match[1];
}

/** A $ref, or Nest's `{allOf: [{$ref}]}` wrapper around one (what it emits for a described nested DTO). */
export function singleRef(schema: Schema3): string | undefined {
  if (typeof schema.$ref === 'string') return schema.$ref;
  const allOf = schema.allOf;
  if (Array.isArray(allOf) && allOf.length === 1 && typeof (allOf[0] as Schema3).$ref === 'string') {
    return (allOf[0] as Schema3).$ref as string;
  }
  return undefined;
}

/** Converts a top-level body or response schema: a named DTO stays a bare `$ref` ([V9]). */
export function convertRootSchema(schema: Schema3, context: SchemaContext, location: string): Schema2 {
  const ref = singleRef(schema);
  if (ref) return referTo(ref, context, location);
  return convertSchema(schema, context, location, []);
}

function referTo(ref: string, context: SchemaContext, location: string): Schema2 {
  const name = refName(ref, location);
  if (!context.components[name]) throw new ConversionError(location, `unresolved $ref ${ref}`);
  context.used.add(name);
  return { $ref: `#/definitions/${name}` };
}

/**
 * Converts one schema. `inlining` is the chain of DTO names being inlined into properties, so a DTO that
 * contains itself falls back to a `$ref` instead of recursing forever.
 */
export function convertSchema(schema: Schema3, context: SchemaContext, location: string, inlining: readonly string[]): Schema2 {
  for (const banned of ['oneOf', 'anyOf', 'not']) {
    if (banned in schema) throw new ConversionError(location, `${banned} cannot be expressed in a connector (rule SC1); use one concrete DTO`);
  }
  if (Array.isArray(schema.allOf) && !singleRef(schema)) {
    throw new ConversionError(location, 'allOf with more than a single $ref is not supported (rule SC9)');
  }
  const out: Schema2 = {};
  for (const key of COPIED_KEYS) if (schema[key] !== undefined) out[key] = schema[key];
  if (typeof out.format === 'string' && !ALLOWED_FORMATS.includes(out.format)) delete out.format;
  const description = asSentence(schema.description as string | undefined);
  if (description) out.description = description;
  for (const key of PASSED_EXTENSIONS) if (schema[key] !== undefined) out[key] = schema[key];
  if (schema.items) out.items = convertItems(schema.items as Schema3, context, `${location}.items`, inlining);
  if (schema.additionalProperties !== undefined) {
    const extra = schema.additionalProperties;
    out.additionalProperties =
      typeof extra === 'boolean' ? extra : convertItems(extra as Schema3, context, `${location}.additionalProperties`, inlining);
  }
  if (schema.properties) Object.assign(out, convertProperties(schema, context, location, inlining));
  if (out.properties && out.type === undefined) out.type = 'object';
  return out;
}

function convertItems(schema: Schema3, context: SchemaContext, location: string, inlining: readonly string[]): Schema2 {
  const ref = singleRef(schema);
  return ref ? referTo(ref, context, location) : convertSchema(schema, context, location, inlining);
}

function convertProperties(schema: Schema3, context: SchemaContext, location: string, inlining: readonly string[]): Schema2 {
  const properties: Record<string, Schema2> = {};
  for (const [name, property] of Object.entries(schema.properties as Record<string, Schema3>)) {
    properties[name] = convertProperty(name, property, context, `${location}.${name}`, inlining);
  }
  const required = Array.isArray(schema.required) ? (schema.required as string[]).filter((name) => name in properties) : [];
  return { properties, ...(required.length > 0 ? { required } : {}) };
}

/**
 * Every property carries its own `x-ms-summary` and description ([SC10]), which a `$ref` may not ([V9]);
 * so a property whose type is another DTO gets that DTO inlined, with the property's own labels on top.
 */
function convertProperty(name: string, property: Schema3, context: SchemaContext, location: string, inlining: readonly string[]): Schema2 {
  const ref = singleRef(property);
  let converted: Schema2;
  if (ref) {
    const target = refName(ref, location);
    const definition = context.components[target];
    if (!definition) throw new ConversionError(location, `unresolved $ref ${ref}`);
    if (inlining.includes(target)) return referTo(ref, context, location);
    converted = convertSchema(definition, context, location, [...inlining, target]);
    const ownDescription = asSentence(property.description as string | undefined);
    if (ownDescription) converted.description = ownDescription;
    if (property.example !== undefined) converted.example = property.example;
  } else {
    converted = convertSchema(property, context, location, inlining);
  }
  return { 'x-ms-summary': property.title ?? titleCase(name), ...converted };
}
