import type { ApiErrorBody } from './api-types';

/** A failed API call, carrying the server's stable error code (or NETWORK_ERROR when no answer came). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = body.statusCode;
    this.code = body.code;
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
