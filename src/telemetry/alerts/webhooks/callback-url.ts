import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { forbiddenAddressReason } from './address-policy.js';

export const MAX_CALLBACK_URL_LENGTH = 2048;

export interface CallbackPolicy {
  /** ALERT_WEBHOOK_ALLOW_PRIVATE: allows http and loopback/private addresses (tests, a private network). */
  readonly allowPrivate: boolean;
}

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** A resolver that hangs must not hold a subscription request or a delivery slot for long. */
const RESOLVE_TIMEOUT_MS = 5000;

const systemResolver: Resolver = (hostname) => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('DNS timeout'), { code: 'ETIMEOUT' })), RESOLVE_TIMEOUT_MS);
  });
  return Promise.race([dnsLookup(hostname, { all: true, verbatim: true }), timeout]).finally(() => clearTimeout(timer));
};

/** A callback refused for server-side request forgery reasons; the message says why. */
export class CallbackRefusedError extends Error {}

/** The address a delivery connects to: checked after resolution, and the only one the socket may use. */
export interface PinnedCallback {
  readonly url: URL;
  readonly address: string;
  readonly family: 4 | 6;
}

/** Checks what can be checked without the network: length, syntax, scheme, no credentials, a literal address. */
export function parseCallbackUrl(raw: string, policy: CallbackPolicy): URL {
  if (raw.length > MAX_CALLBACK_URL_LENGTH) throw new CallbackRefusedError(`callbackUrl is longer than ${MAX_CALLBACK_URL_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CallbackRefusedError('callbackUrl is not an absolute URL.');
  }
  const schemes = policy.allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) {
    throw new CallbackRefusedError(`callbackUrl must use ${policy.allowPrivate ? 'http or https' : 'https'}, not ${url.protocol.replace(':', '')}.`);
  }
  if (url.username !== '' || url.password !== '') throw new CallbackRefusedError('callbackUrl must not carry a user name or password.');
  const literal = hostAddress(url);
  if (literal !== undefined && !policy.allowPrivate) {
    const reason = forbiddenAddressReason(literal);
    if (reason !== undefined) throw new CallbackRefusedError(`callbackUrl is refused: ${reason}.`);
  }
  return url;
}

/**
 * Resolves the host and checks every address it resolves to (one bad address refuses the host, since a
 * resolver may hand out either); the delivery then connects to the checked address itself, so a second,
 * different DNS answer (rebinding) cannot redirect it.
 */
export async function pinCallback(url: URL, policy: CallbackPolicy, resolve: Resolver = systemResolver): Promise<PinnedCallback> {
  const literal = hostAddress(url);
  let addresses: { address: string; family: number }[];
  if (literal !== undefined) addresses = [{ address: literal, family: isIP(literal) }];
  else {
    try {
      addresses = await resolve(url.hostname);
    } catch (error) {
      throw new CallbackRefusedError(`callbackUrl host ${url.hostname} cannot be resolved (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
  }
  if (addresses.length === 0) throw new CallbackRefusedError(`callbackUrl host ${url.hostname} has no address.`);
  if (!policy.allowPrivate) {
    for (const { address } of addresses) {
      const reason = forbiddenAddressReason(address);
      if (reason !== undefined) throw new CallbackRefusedError(`callbackUrl host ${url.hostname} resolves to a refused address: ${reason}.`);
    }
  }
  const first = addresses[0];
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}

function hostAddress(url: URL): string | undefined {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return isIP(host) !== 0 ? host : undefined;
}
