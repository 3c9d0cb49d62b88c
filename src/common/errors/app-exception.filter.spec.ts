import { jest } from '@jest/globals';
import { Logger, type ArgumentsHost } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { AppError } from './app-error.js';
import { AppExceptionFilter } from './app-exception.filter.js';
import { CommonErrors } from './common-errors.js';

function run(exception: unknown): { status: number; body: unknown; warn: unknown[][]; error: unknown[][] } {
  const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  const sent: { status: number; body: unknown }[] = [];
  const adapterHost = { httpAdapter: { reply: (_: unknown, body: unknown, status: number) => sent.push({ status, body }) } } as unknown as HttpAdapterHost;
  const reply = { header: () => reply };
  const host = { switchToHttp: () => ({ getResponse: () => reply }) } as unknown as ArgumentsHost;
  try {
    new AppExceptionFilter(adapterHost).catch(exception, host);
    return { ...sent[0], warn: warn.mock.calls, error: error.mock.calls };
  } finally {
    warn.mockRestore();
    error.mockRestore();
  }
}

describe(AppExceptionFilter.name, () => {
  it('logs a declared 5xx as one warning line without a stack', () => {
    const outcome = run(new AppError(CommonErrors.STORAGE_UNAVAILABLE, 'disk full'));
    expect(outcome.status).toBe(503);
    expect(outcome.body).toEqual({ statusCode: 503, code: 'STORAGE_UNAVAILABLE', message: 'disk full' });
    expect(outcome.warn).toEqual([['503 STORAGE_UNAVAILABLE: disk full']]);
    expect(outcome.error).toEqual([]);
  });

  it('logs an unexpected error with its stack and answers 500 without leaking its message', () => {
    const outcome = run(new TypeError('secret detail'));
    expect(outcome.body).toEqual({ statusCode: 500, code: 'INTERNAL_ERROR', message: 'An unexpected error occurred.' });
    expect(outcome.error).toHaveLength(1);
    expect(String(outcome.error[0][0])).toMatch(/^TypeError: secret detail\n\s+at /);
    expect(outcome.warn).toEqual([]);
  });

  it('does not log client errors', () => {
    const outcome = run(new AppError(CommonErrors.ROUTE_NOT_FOUND));
    expect(outcome.status).toBe(404);
    expect([...outcome.warn, ...outcome.error]).toEqual([]);
  });
});
