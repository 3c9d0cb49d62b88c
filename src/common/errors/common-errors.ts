import { defineErrors } from './app-error.js';

/** Codes shared by every route; feature codes live beside their feature (for example telemetry.errors.ts). */
export const CommonErrors = defineErrors({
  REQUEST_VALIDATION_FAILED: { status: 400, message: 'The request is not valid.' },
  REQUEST_MALFORMED: { status: 400, message: 'The HTTP request could not be parsed.' },
  REQUEST_TIMEOUT: { status: 408, message: 'The request was not received in time.' },
  REQUEST_HEADERS_TOO_LARGE: { status: 431, message: 'The request line or headers are too large.' },
  REQUEST_BODY_INVALID: { status: 400, message: 'The request body could not be parsed.' },
  REQUEST_BODY_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  REQUEST_MEDIA_TYPE_UNSUPPORTED: { status: 415, message: 'The request content type is not supported.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'No route matches this method and path.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'This method is not allowed on this path.' },
  AUTH_API_KEY_INVALID: { status: 401, message: 'A valid x-api-key header is required.' },
  AUTH_ADMIN_KEY_REQUIRED: { status: 403, message: 'Adding or deleting documents needs a key listed in ADMIN_API_KEYS.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; retry after the time in Retry-After.' },
  EVENT_STREAM_LIMIT: { status: 429, message: 'Too many event streams are open from this address; close one first.' },
  SERVICE_UNAVAILABLE: { status: 503, message: 'The service is not ready yet.' },
  STORAGE_UNAVAILABLE: {
    status: 503,
    message: 'The data directory cannot be written (full, read-only or failing); nothing was stored. Retry later.',
  },
  INTERNAL_ERROR: { status: 500, message: 'An unexpected error occurred.' },
});
