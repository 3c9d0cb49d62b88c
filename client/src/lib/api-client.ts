import { env } from '@/config/env';
import { ApiError, isAbortError } from './api-error';
import type { ApiErrorBody } from './api-types';
import { getAccessState } from './api-key-store';

// A thin fetch wrapper: adds the API key, turns failures into typed ApiErrors and nothing else.
// Reactions to errors (the key prompt, retries) belong to the hooks that call it.

export type QueryValue = string | number | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST';
  query?: Readonly<Record<string, QueryValue>>;
  body?: unknown;
  signal?: AbortSignal;
  accept?: string;
  /** Overrides the stored key (the Access prompt tries a key before saving it). */
  apiKey?: string;
}

export function apiUrl(path: string, query: Readonly<Record<string, QueryValue>> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return `${env.apiBaseUrl}${path}${search ? `?${search}` : ''}`;
}

/** The server hands out absolute paging links; keep only path and query so the same origin and key apply. */
export function toApiPath(link: string): string {
  const url = new URL(link, globalThis.location?.href ?? 'http://localhost/');
  return `${url.pathname}${url.search}`;
}

export async function apiRequest(path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: options.accept ?? 'application/json' };
  const apiKey = options.apiKey ?? getAccessState().apiKey;
  if (apiKey) headers['x-api-key'] = apiKey;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      cache: 'no-store',
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError({ statusCode: 0, code: 'NETWORK_ERROR', message: 'The server could not be reached.' });
  }
  if (!response.ok) throw new ApiError(await readErrorBody(response));
  return response;
}

export async function apiGet<T>(path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}): Promise<T> {
  const response = await apiRequest(path, options);
  return (await response.json()) as T;
}

export async function apiPost<T>(path: string, body: unknown, options: Omit<RequestOptions, 'method'> = {}): Promise<T> {
  const response = await apiRequest(path, { ...options, method: 'POST', body });
  return (await response.json()) as T;
}

async function readErrorBody(response: Response): Promise<ApiErrorBody> {
  const fallback: ApiErrorBody = {
    statusCode: response.status,
    code: `HTTP_${response.status}`,
    message: response.statusText || `The server answered ${response.status}.`,
  };
  try {
    const body = (await response.json()) as Partial<ApiErrorBody>;
    if (typeof body.code === 'string' && typeof body.message === 'string') {
      return { statusCode: response.status, code: body.code, message: body.message };
    }
  } catch {
    // Not JSON (a proxy page, for example): keep the status-based fallback.
  }
  return fallback;
}
