import { HttpException } from '@nestjs/common';
import { AppError, type ErrorBody, type ErrorDefinition } from './app-error.js';
import { CommonErrors } from './common-errors.js';
import { redactPaths } from '../storage/redact-paths.js';

export interface MappedError {
  body: ErrorBody;
  headers: Readonly<Record<string, string>>;
}

/** Fastify's own error codes (body parsing, content types) mapped onto ours. */
const FASTIFY_CODES: Readonly<Record<string, ErrorDefinition>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: CommonErrors.REQUEST_BODY_TOO_LARGE,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: CommonErrors.REQUEST_MEDIA_TYPE_UNSUPPORTED,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: CommonErrors.REQUEST_BODY_INVALID,
  FST_ERR_CTP_EMPTY_JSON_BODY: CommonErrors.REQUEST_BODY_INVALID,
  FST_ERR_CTP_INVALID_JSON_BODY: CommonErrors.REQUEST_BODY_INVALID,
  FST_ERR_CTP_INVALID_TYPE: CommonErrors.REQUEST_MEDIA_TYPE_UNSUPPORTED,
  FST_ERR_BAD_URL: CommonErrors.REQUEST_VALIDATION_FAILED,
  FST_ERR_ASYNC_CONSTRAINT: CommonErrors.REQUEST_VALIDATION_FAILED,
  FST_INVALID_MULTIPART_CONTENT_TYPE: CommonErrors.REQUEST_MEDIA_TYPE_UNSUPPORTED,
  FST_REQ_FILE_TOO_LARGE: CommonErrors.REQUEST_BODY_TOO_LARGE,
  FST_PARTS_LIMIT: CommonErrors.REQUEST_BODY_TOO_LARGE,
  FST_FILES_LIMIT: CommonErrors.REQUEST_BODY_TOO_LARGE,
  FST_FIELDS_LIMIT: CommonErrors.REQUEST_BODY_TOO_LARGE,
};

const BY_STATUS: Readonly<Record<number, ErrorDefinition>> = {
  400: CommonErrors.REQUEST_VALIDATION_FAILED,
  401: CommonErrors.AUTH_API_KEY_INVALID,
  404: CommonErrors.ROUTE_NOT_FOUND,
  405: CommonErrors.METHOD_NOT_ALLOWED,
  413: CommonErrors.REQUEST_BODY_TOO_LARGE,
  415: CommonErrors.REQUEST_MEDIA_TYPE_UNSUPPORTED,
  429: CommonErrors.RATE_LIMITED,
  503: CommonErrors.SERVICE_UNAVAILABLE,
};

/** Turns anything thrown while serving a request into the one public error shape. */
export function toErrorBody(error: unknown): MappedError {
  if (error instanceof AppError) {
    // A message built from a file-system error (the readings log, a snapshot) would name the absolute path.
    return { body: { statusCode: error.status, code: error.code, message: redactPaths(error.message) }, headers: error.headers };
  }
  if (error instanceof HttpException) {
    const cause = fastifyCause(error);
    if (cause) return cause;
    return fromStatus(error.getStatus(), messageOf(error.getResponse()) ?? error.message);
  }
  const candidate = error as { code?: unknown; statusCode?: unknown; message?: unknown } | null;
  if (candidate && typeof candidate.code === 'string' && FASTIFY_CODES[candidate.code]) {
    const definition = FASTIFY_CODES[candidate.code];
    return plain(definition, typeof candidate.message === 'string' ? candidate.message : definition.message);
  }
  const status = typeof candidate?.statusCode === 'number' ? candidate.statusCode : 500;
  if (status >= 400 && status < 500) {
    return fromStatus(status, typeof candidate?.message === 'string' ? candidate.message : undefined);
  }
  return plain(CommonErrors.INTERNAL_ERROR, CommonErrors.INTERNAL_ERROR.message);
}

function fromStatus(status: number, message: string | undefined): MappedError {
  const definition = BY_STATUS[status] ?? (status >= 500 ? CommonErrors.INTERNAL_ERROR : CommonErrors.REQUEST_VALIDATION_FAILED);
  const safeMessage = status >= 500 ? definition.message : (message ?? definition.message);
  return { body: { statusCode: status, code: definition.code, message: safeMessage }, headers: {} };
}

function plain(definition: ErrorDefinition, message: string): MappedError {
  return { body: { statusCode: definition.status, code: definition.code, message }, headers: {} };
}

function messageOf(response: string | object): string | undefined {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : undefined;
}

/** Nest wraps Fastify's parser errors in an HttpException; keep their more precise code. */
function fastifyCause(error: HttpException): MappedError | undefined {
  const response = error.getResponse() as { code?: unknown; message?: unknown } | string;
  const code = typeof response === 'object' ? response.code : undefined;
  const cause = (error as { cause?: { code?: unknown } }).cause?.code;
  const fastifyCode = typeof code === 'string' ? code : typeof cause === 'string' ? cause : undefined;
  const definition = fastifyCode ? FASTIFY_CODES[fastifyCode] : undefined;
  return definition ? plain(definition, messageOf(error.getResponse()) ?? definition.message) : undefined;
}
