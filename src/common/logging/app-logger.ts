import { ConsoleLogger, type LogLevel as NestLogLevel } from '@nestjs/common';
import type { LogFormat, LogLevel } from '../../config/app-config.js';

const LEVELS: readonly NestLogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * Property names masked wherever they appear in structured log fields. Nothing logs them today: this is the
 * net under a future `logger.log('...', { headers })`, not the reason secrets stay out of the logs.
 */
export const REDACTED_KEYS = ['authorization', 'x-api-key', 'apiKey', 'api_key', 'api-key', 'cookie', 'set-cookie', 'password', 'secret', 'token'];

export function logLevelsFrom(level: LogLevel): NestLogLevel[] {
  return LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}

/** `auto` means pretty only for a person at a terminal; a container, a pipe or a file gets JSON. */
export function resolveLogFormat(format: LogFormat, stdoutIsTty: boolean): 'json' | 'pretty' {
  if (format !== 'auto') return format;
  return stdoutIsTty ? 'pretty' : 'json';
}

/**
 * Nest's own ConsoleLogger in JSON mode: one object per line with level, pid, timestamp (epoch ms), message,
 * context and the structured fields of the call flattened beside them. Chosen over nestjs-pino because it
 * needs no dependency and Nest's bootstrap, route mapping and exception lines come out in the same format.
 */
export function createAppLogger(level: LogLevel, format: 'json' | 'pretty'): ConsoleLogger {
  const json = format === 'json';
  return new ConsoleLogger({
    logLevels: logLevelsFrom(level),
    json,
    colors: !json && process.stdout.isTTY === true,
    prefix: 'PowerGrid',
    structuredParams: true,
    flattenParams: true,
    redact: REDACTED_KEYS,
  });
}
