import type { AlertRecord } from '../alert-types.js';
import { CallbackRefusedError, pinCallback, type CallbackPolicy, type Resolver } from './callback-url.js';
import { postJson, type PostOutcome } from './post-json.js';
import type { Subscription } from './subscription-store.js';
import { SIGNATURE_HEADER, signBody } from './webhook-signature.js';

const MAX_BACKOFF_MS = 5 * 60_000;

export type DeliveryOutcome = 'delivered' | 'retried' | 'failed' | 'gone' | 'refused' | 'overflow';

export interface DeliveryDetail {
  subscriptionId: string;
  alertId: string;
  latencyMs?: number;
  status?: number;
  error?: string;
}

/** One delivery of one alert to one subscription; `deliveryId` stays the same across its retries. */
export interface DeliveryTarget {
  deliveryId: string;
  subscriptionId: string;
  alert: AlertRecord;
}

/** The JSON a webhook receives; `x-ms-notification-content` in the connector describes the same shape. */
export function deliveryBody(delivery: DeliveryTarget, sentAt: number): string {
  return JSON.stringify({ event: 'alert.raised', deliveryId: delivery.deliveryId, subscriptionId: delivery.subscriptionId, sentAt: new Date(sentAt).toISOString(), alert: delivery.alert });
}

/**
 * One POST of a delivery: the callback is checked against the policy after DNS resolution and the socket
 * connects to the checked address, the body is signed with the subscription's secret, redirects are not followed.
 * Resolves with the answer's status (0 for none), or 'refused' when the callback's address is not allowed now.
 */
export async function attemptDelivery(
  subscription: Subscription,
  delivery: DeliveryTarget,
  options: { policy: CallbackPolicy; timeoutMs: number; resolve?: Resolver },
): Promise<PostOutcome | { refused: string }> {
  try {
    const target = await pinCallback(new URL(subscription.callbackUrl), options.policy, options.resolve);
    const body = deliveryBody(delivery, Date.now());
    return await postJson(
      target,
      body,
      {
        [SIGNATURE_HEADER]: signBody(subscription.secret, body),
        'x-powergrid-delivery': delivery.deliveryId,
        'x-powergrid-event': 'alert.raised',
        'user-agent': 'PowerGrid-Webhooks/1',
      },
      options.timeoutMs,
    );
  } catch (error) {
    if (error instanceof CallbackRefusedError) return { refused: error.message };
    return { status: 0, error: (error as Error).message };
  }
}

/** What an answer means: 2xx delivered, 410 the flow is gone, 5xx/408/429/no answer retried while attempts remain. */
export function verdict(status: number, attempt: number, maxAttempts: number): 'delivered' | 'gone' | 'retry' | 'failed' {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 410) return 'gone';
  const retryable = status === 0 || status === 408 || status === 429 || status >= 500;
  return retryable && attempt < maxAttempts ? 'retry' : 'failed';
}

/** base * 2^(attempt-1), capped, with +-20% jitter so receivers that come back are not hit all at once. */
export function retryDelayMs(retryBaseMs: number, attempt: number, random: () => number = Math.random): number {
  const base = Math.min(retryBaseMs * 2 ** (attempt - 1), MAX_BACKOFF_MS);
  return Math.round(base * (0.8 + random() * 0.4));
}
