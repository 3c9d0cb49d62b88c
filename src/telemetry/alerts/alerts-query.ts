import { AppError } from '../../common/errors/app-error.js';
import { REGIONS } from '../telemetry.constants.js';
import type { AlertFilter } from './alert-log.js';
import { ALERT_KINDS, ALERT_SEVERITIES, ALERT_STATES } from './alert-types.js';
import { AlertsErrors } from './alerts.errors.js';

export const DEFAULT_ALERT_TOP = 50;
export const MAX_ALERT_TOP = 500;

export interface AlertListQuery {
  filter: AlertFilter;
  top: number;
  before?: number;
  /** The filters as sent, repeated in nextLink. */
  params: Record<string, string>;
}

type RawQuery = Record<string, unknown>;

function invalid(message: string): AppError {
  return new AppError(AlertsErrors.ALERTS_QUERY_INVALID, message);
}

function single(query: RawQuery, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(`${name} may be given once.`);
  return value;
}

function oneOf<T extends string>(query: RawQuery, name: string, allowed: readonly T[]): T | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw invalid(`${name} must be one of ${allowed.join(', ')}.`);
  return value as T;
}

export function parseAlertQuery(query: RawQuery): AlertListQuery {
  const filter: AlertFilter = {
    state: oneOf(query, 'state', ALERT_STATES),
    kind: oneOf(query, 'kind', ALERT_KINDS),
    severity: oneOf(query, 'severity', ALERT_SEVERITIES),
    region: oneOf(query, 'region', REGIONS),
  };
  const topText = single(query, 'top');
  if (topText !== undefined && (!/^\d{1,4}$/.test(topText) || Number(topText) < 1 || Number(topText) > MAX_ALERT_TOP)) {
    throw invalid(`top must be an integer from 1 to ${MAX_ALERT_TOP}.`);
  }
  const token = single(query, 'skipToken');
  if (token !== undefined && !/^\d{1,12}$/.test(token)) throw invalid('skipToken is not one this API issued; follow nextLink as given.');
  const params: Record<string, string> = {};
  for (const name of ['state', 'kind', 'severity', 'region']) {
    const value = single(query, name);
    if (value !== undefined) params[name] = value;
  }
  return { filter, top: topText === undefined ? DEFAULT_ALERT_TOP : Number(topText), before: token === undefined ? undefined : Number(token), params };
}

export function alertNextLink(origin: string, path: string, query: AlertListQuery, next: number): string {
  const params = new URLSearchParams({ ...query.params, top: String(query.top), skipToken: String(next) });
  return `${origin}${path}?${params.toString()}`;
}
