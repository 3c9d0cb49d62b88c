import { randomBytes } from 'node:crypto';
import { AppError } from '../../../common/errors/app-error.js';
import { REGIONS } from '../../telemetry.constants.js';
import { ALERT_KINDS, ALERT_SEVERITIES } from '../alert-types.js';
import { AlertsErrors } from '../alerts.errors.js';
import { CallbackRefusedError, parseCallbackUrl, type CallbackPolicy } from './callback-url.js';
import type { Subscription } from './subscription-store.js';

const FIELDS = new Set(['callbackUrl', 'kind', 'severity', 'region', 'secret']);

function invalid(message: string): AppError {
  return new AppError(AlertsErrors.ALERTS_SUBSCRIPTION_INVALID, message);
}

function optionalEnum(body: Record<string, unknown>, name: string, allowed: readonly string[]): string | undefined {
  const value = body[name];
  // Power Automate sends an unset optional trigger parameter as an empty string.
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !allowed.includes(value)) throw invalid(`${name} must be one of ${allowed.join(', ')}.`);
  return value;
}

/** Checks a POST /alerts/subscriptions body (shape, filters, callback URL syntax) into a new subscription. */
export function subscriptionFrom(body: unknown, policy: CallbackPolicy, now: number): Subscription {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('The body must be a JSON object with a callbackUrl.');
  const fields = body as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((key) => !FIELDS.has(key));
  if (unknown.length > 0) throw invalid(`Unknown field(s): ${unknown.slice(0, 5).join(', ')}.`);
  if (typeof fields.callbackUrl !== 'string' || fields.callbackUrl === '') throw invalid('callbackUrl is required and must be a string.');
  let url: URL;
  try {
    url = parseCallbackUrl(fields.callbackUrl, policy);
  } catch (error) {
    if (error instanceof CallbackRefusedError) throw new AppError(AlertsErrors.ALERTS_CALLBACK_URL_REFUSED, error.message);
    throw error;
  }
  const secret = fields.secret;
  if (secret !== undefined && (typeof secret !== 'string' || secret.length < 16 || secret.length > 128)) {
    throw invalid('secret must be a string of 16 to 128 characters.');
  }
  return {
    subscriptionId: `sub-${randomBytes(8).toString('hex')}`,
    callbackUrl: url.href,
    secret: secret ?? randomBytes(24).toString('hex'),
    kind: optionalEnum(fields, 'kind', ALERT_KINDS) as Subscription['kind'],
    severity: optionalEnum(fields, 'severity', ALERT_SEVERITIES) as Subscription['severity'],
    region: optionalEnum(fields, 'region', REGIONS),
    createdAt: new Date(now).toISOString(),
  };
}

/** A subscription as the API shows it: never its secret (only the 201 answer carries it). */
export function publicSubscription(subscription: Subscription): Omit<Subscription, 'secret'> {
  const { secret: _secret, ...shown } = subscription;
  return shown;
}
