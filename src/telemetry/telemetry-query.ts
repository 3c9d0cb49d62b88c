import { AppError } from '../common/errors/app-error.js';
import { KIND_INDEX, REGION_INDEX, STATUS_INDEX } from './telemetry.constants.js';
import type { MeterFilter } from './store/meter-store.js';
import { TelemetryErrors } from './telemetry.errors.js';

export const DEFAULT_TOP = 100;
export const MAX_TOP = 1000;
export const DEFAULT_HISTORY_POINTS = 60;
const SEARCH_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;
const SKIP_TOKEN = /^\d{1,9}$/;

export interface ListQuery {
  filter: MeterFilter;
  top: number;
  start: number;
  search?: string;
  /** The filters as sent, to repeat them in nextLink. */
  params: Record<string, string>;
}

type RawQuery = Record<string, unknown>;

function invalid(message: string): AppError {
  return new AppError(TelemetryErrors.TELEMETRY_QUERY_INVALID, message);
}

function single(query: RawQuery, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(`${name} may be given once.`);
  return value;
}

function lookup(query: RawQuery, name: string, index: Readonly<Record<string, number | undefined>>): number | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  const found = index[value];
  if (found === undefined) throw invalid(`${name} must be one of ${Object.keys(index).join(', ')}.`);
  return found;
}

export function integerParam(query: RawQuery, name: string, fallback: number, min: number, max: number): number {
  const value = single(query, name);
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw invalid(`${name} must be an integer from ${min} to ${max}.`);
  }
  return Number(value);
}

export function parseListQuery(query: RawQuery, capacity: number): ListQuery {
  const filter: MeterFilter = {
    status: lookup(query, 'status', STATUS_INDEX),
    kind: lookup(query, 'kind', KIND_INDEX),
    region: lookup(query, 'region', REGION_INDEX),
  };
  const top = integerParam(query, 'top', DEFAULT_TOP, 1, MAX_TOP);
  const token = single(query, 'skipToken');
  if (token !== undefined && (!SKIP_TOKEN.test(token) || Number(token) > capacity)) {
    throw invalid('skipToken is not one this API issued; follow nextLink as given.');
  }
  const search = single(query, 'search');
  if (search !== undefined && !SEARCH_PATTERN.test(search)) throw invalid('search must be 1 to 64 characters of a meter id.');
  const params: Record<string, string> = {};
  for (const name of ['status', 'region', 'kind', 'search']) {
    const value = single(query, name);
    if (value !== undefined) params[name] = value;
  }
  return { filter, top, start: token === undefined ? 0 : Number(token), search: search?.toLowerCase(), params };
}

/** Absolute URL of the next page: same host and filters as the request, the new skipToken. */
export function nextLink(origin: string, path: string, query: ListQuery, next: number): string {
  const params = new URLSearchParams({ ...query.params, top: String(query.top), skipToken: String(next) });
  return `${origin}${path}?${params.toString()}`;
}
