// @vitest-environment node
// Checks every field the client reads against the server's generated openapi.json, so a renamed or
// dropped DTO field fails here instead of rendering "undefined" in the dashboard.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type {
  Alert, AlertFigures, AlertPage, AskResponse, Citation, GridSummary, LoadPoint, MeterDetail, MeterHistoryPoint, MeterReading, RegionLoad, StatusCounts, TelemetryPage,
} from './api-types';
import { ALERT_KINDS, ALERT_SEVERITIES, METER_KINDS, METER_STATUSES } from './api-types';

const SPEC_PATH = fileURLToPath(new URL('../../../openapi.json', import.meta.url));

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** Lists the keys of T; the compiler rejects the list unless it names every key exactly once. */
const keysOf = <T>() => <const K extends readonly (keyof T)[]>(keys: K & ([keyof T] extends [K[number]] ? unknown : never)) => keys;
const requiredOf = <T>() => <const K extends readonly RequiredKeys<T>[]>(keys: K & ([RequiredKeys<T>] extends [K[number]] ? unknown : never)) => keys;

interface Shape { all: readonly string[]; required: readonly string[]; nested?: Record<string, Shape> }

const reading: Shape = {
  all: keysOf<MeterReading>()(['meterId', 'kind', 'region', 'feeder', 'status', 'powerKw', 'voltageV', 'energyKwh', 'timestamp']),
  required: requiredOf<MeterReading>()(['meterId', 'kind', 'region', 'feeder', 'status', 'powerKw', 'energyKwh', 'timestamp']),
};
const citation: Shape = {
  all: keysOf<Citation>()(['documentId', 'title', 'article', 'paragraph', 'source', 'excerpt', 'score', 'used']),
  required: requiredOf<Citation>()(['documentId', 'title', 'source', 'excerpt', 'score', 'used']),
};

const alert: Shape = {
  all: keysOf<Alert>()(['alertId', 'kind', 'severity', 'subjectType', 'subject', 'region', 'feeder', 'meterId', 'summary', 'raisedAt', 'resolvedAt', 'figures']),
  required: requiredOf<Alert>()(['alertId', 'kind', 'severity', 'subjectType', 'subject', 'region', 'summary', 'raisedAt', 'figures']),
  nested: { figures: { all: keysOf<AlertFigures>()(['metersOut', 'meters', 'powerKw', 'voltageV', 'silentSeconds', 'loadKw', 'thresholdKw']), required: [] } },
};

const SCHEMAS: Record<string, Shape> = {
  AlertDto: alert,
  AlertPageDto: {
    all: keysOf<AlertPage>()(['value', 'nextLink', 'activeCount']),
    required: requiredOf<AlertPage>()(['value', 'activeCount']),
    nested: { value: alert },
  },
  GridSummaryDto: {
    all: keysOf<GridSummary>()(['tick', 'timestamp', 'totalLoadKw', 'meterCount', 'byStatus', 'regions', 'history']),
    required: requiredOf<GridSummary>()(['tick', 'timestamp', 'totalLoadKw', 'meterCount', 'byStatus', 'regions', 'history']),
    nested: {
      byStatus: { all: keysOf<StatusCounts>()(['normal', 'peak', 'outage', 'fault', 'offline']), required: requiredOf<StatusCounts>()(['normal', 'peak', 'outage', 'fault', 'offline']) },
      regions: { all: keysOf<RegionLoad>()(['region', 'loadKw', 'meterCount']), required: requiredOf<RegionLoad>()(['region', 'loadKw', 'meterCount']) },
      history: { all: keysOf<LoadPoint>()(['tick', 'timestamp', 'totalLoadKw']), required: requiredOf<LoadPoint>()(['tick', 'timestamp', 'totalLoadKw']) },
    },
  },
  TelemetryPageDto: {
    all: keysOf<TelemetryPage>()(['value', 'nextLink', 'count', 'tick', 'timestamp']),
    required: requiredOf<TelemetryPage>()(['value', 'count', 'tick', 'timestamp']),
    nested: { value: reading },
  },
  MeterReadingDto: reading,
  MeterDetailDto: {
    all: keysOf<MeterDetail>()(['meterId', 'kind', 'region', 'feeder', 'source', 'latest', 'history']),
    required: requiredOf<MeterDetail>()(['meterId', 'kind', 'region', 'feeder', 'source', 'latest', 'history']),
    nested: {
      latest: reading,
      history: { all: keysOf<MeterHistoryPoint>()(['timestamp', 'powerKw', 'voltageV', 'status']), required: requiredOf<MeterHistoryPoint>()(['timestamp', 'powerKw', 'status']) },
    },
  },
  AskResponseDto: {
    all: keysOf<AskResponse>()(['answer', 'refused', 'reason', 'citations', 'mode', 'degraded']),
    required: requiredOf<AskResponse>()(['answer', 'refused', 'citations', 'mode']),
    nested: { citations: citation },
  },
  CitationDto: citation,
};

type JsonSchema = { $ref?: string; allOf?: JsonSchema[]; items?: JsonSchema; properties?: Record<string, JsonSchema>; required?: string[]; enum?: unknown[] };
type Spec = { components?: { schemas?: Record<string, JsonSchema> } };

function resolve(spec: Spec, schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return resolve(spec, spec.components?.schemas?.[schema.$ref.split('/').at(-1) ?? '']);
  if (schema.allOf?.length === 1) return resolve(spec, schema.allOf[0]);
  if (schema.items) return resolve(spec, schema.items);
  return schema;
}

function problems(spec: Spec, name: string, schema: JsonSchema | undefined, shape: Shape): string[] {
  const object = resolve(spec, schema);
  if (!object?.properties) return [`${name}: no object schema with properties`];
  const found: string[] = [];
  for (const field of shape.all) if (!(field in object.properties)) found.push(`${name}.${field} is missing`);
  for (const field of shape.required) {
    if (!(object.required ?? []).includes(field)) found.push(`${name}.${field} is optional in the spec but the client relies on it`);
  }
  for (const [field, nested] of Object.entries(shape.nested ?? {})) found.push(...problems(spec, `${name}.${field}`, object.properties[field], nested));
  return found;
}

function enumOf(spec: Spec, schemaName: string, field: string): unknown[] | undefined {
  const property = resolve(spec, spec.components?.schemas?.[schemaName])?.properties?.[field];
  return property?.enum ?? resolve(spec, property)?.enum;
}

const specPresent = existsSync(SPEC_PATH);
if (!specPresent) {
  console.warn(`SKIPPED the API contract check: ${SPEC_PATH} does not exist yet (generate it on the server, then rerun).`);
}

describe.skipIf(!specPresent)('client API types against openapi.json', () => {
  const spec = specPresent ? (JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Spec) : {};

  it.each(Object.entries(SCHEMAS))('%s has every field the client reads', (name, shape) => {
    expect(spec.components?.schemas?.[name], `${name} is not in openapi.json`).toBeDefined();
    expect(problems(spec, name, spec.components?.schemas?.[name], shape)).toEqual([]);
  });

  it('uses the status, kind and mode values the client knows', () => {
    const statuses = enumOf(spec, 'MeterReadingDto', 'status');
    if (statuses) expect([...statuses].sort()).toEqual([...METER_STATUSES].sort());
    const kinds = enumOf(spec, 'MeterReadingDto', 'kind');
    if (kinds) expect([...kinds].sort()).toEqual([...METER_KINDS].sort());
    const alertKinds = enumOf(spec, 'AlertDto', 'kind');
    expect([...(alertKinds ?? [])].sort()).toEqual([...ALERT_KINDS].sort());
    const severities = enumOf(spec, 'AlertDto', 'severity');
    expect([...(severities ?? [])].sort()).toEqual([...ALERT_SEVERITIES].sort());
    const modes = enumOf(spec, 'AskResponseDto', 'mode');
    if (modes) expect([...modes].sort()).toEqual(['extractive', 'llm']);
  });
});
