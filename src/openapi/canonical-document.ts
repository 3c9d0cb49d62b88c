import type { OpenAPIObject } from '@nestjs/swagger';

const METHOD_ORDER = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Puts the document in one canonical order so that the committed openapi.json depends on the code alone,
 * not on the order in which feature modules happen to be imported: paths, schemas and tags are sorted;
 * property order inside a schema is kept because it follows the DTO and reads better.
 */
export function canonicalDocument(document: OpenAPIObject): OpenAPIObject {
  const paths = sortKeys(document.paths, (path) => sortKeys(path as Record<string, unknown>, undefined, methodRank));
  const components = document.components
    ? sortKeys(document.components as Record<string, unknown>, (section) => sortKeys(section as Record<string, unknown>))
    : undefined;
  return { ...document, tags: declaredTags(document), paths, ...(components ? { components } : {}) };
}

/** Every tag an operation uses is declared once at the top, sorted by name (spectral operation-tag-defined). */
function declaredTags(document: OpenAPIObject): NonNullable<OpenAPIObject['tags']> {
  const byName = new Map((document.tags ?? []).map((tag) => [tag.name, tag]));
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item as Record<string, { tags?: string[] }>)) {
      for (const name of operation?.tags ?? []) if (!byName.has(name)) byName.set(name, { name });
    }
  }
  return [...byName.values()].sort((a, b) => compare(a.name, b.name));
}

function methodRank(key: string): number {
  const rank = METHOD_ORDER.indexOf(key);
  return rank === -1 ? METHOD_ORDER.length : rank;
}

function sortKeys<T>(
  object: Record<string, T>,
  mapValue: (value: T) => unknown = (value) => value,
  rank?: (key: string) => number,
): Record<string, T> {
  const keys = Object.keys(object).sort((a, b) => (rank ? rank(a) - rank(b) : 0) || compare(a, b));
  return Object.fromEntries(keys.map((key) => [key, mapValue(object[key])])) as Record<string, T>;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The exact bytes written to openapi.json: two-space JSON with a final newline. */
export function serializeDocument(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
