import { ArgumentsHost, Catch, Logger, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AppError } from './app-error.js';
import { toErrorBody } from './to-error-body.js';

/** Writes every failure as {statusCode, code, message} through the adapter (no Express-only calls). */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const { body, headers } = toErrorBody(exception);
    // A declared 5xx (not ready yet, storage full) is a known state the health endpoint reports: one line, no stack.
    // Anything else reaching here is a bug, logged with its stack.
    if (body.statusCode >= 500 && exception instanceof AppError) this.logger.warn(`${body.statusCode} ${body.code}: ${body.message}`);
    else if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const reply = host.switchToHttp().getResponse<{ header(name: string, value: string): unknown; sent?: boolean }>();
    if (reply.sent) return;
    for (const [name, value] of Object.entries(headers)) reply.header(name, value);
    this.adapterHost.httpAdapter.reply(reply, body, body.statusCode);
  }
}
