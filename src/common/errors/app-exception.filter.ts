import { ArgumentsHost, Catch, Logger, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { toErrorBody } from './to-error-body.js';

/** Writes every failure as {statusCode, code, message} through the adapter (no Express-only calls). */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const { body, headers } = toErrorBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const reply = host.switchToHttp().getResponse<{ header(name: string, value: string): unknown; sent?: boolean }>();
    if (reply.sent) return;
    for (const [name, value] of Object.entries(headers)) reply.header(name, value);
    this.adapterHost.httpAdapter.reply(reply, body, body.statusCode);
  }
}
