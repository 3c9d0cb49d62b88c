import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AppError } from '../common/errors/app-error.js';
import { CommonErrors } from '../common/errors/common-errors.js';
import { RateLimiter } from '../common/http/rate-limiter.js';
import { AccessKeys, rateLimitIdentity } from '../common/security/access-keys.js';

/** Questions can cost model tokens, so they get their own, tighter limit per verified API key or address. */
@Injectable()
export class AskRateLimitGuard implements CanActivate {
  private readonly limiter: RateLimiter;
  private readonly keys: AccessKeys;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.limiter = new RateLimiter(config.compliance.askRateLimitPerMinute);
    this.keys = new AccessKeys(config.security.apiKeys, config.security.adminApiKeys);
  }

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const decision = this.limiter.take(rateLimitIdentity(http.getRequest<FastifyRequest>(), this.keys));
    void http.getResponse<FastifyReply>().header('x-ratelimit-remaining', String(decision.remaining));
    if (!decision.allowed) {
      throw new AppError(CommonErrors.RATE_LIMITED, `At most ${this.limiter.limit} questions a minute; retry in ${decision.retryAfterSeconds} s.`, {
        'Retry-After': String(decision.retryAfterSeconds),
      });
    }
    return true;
  }
}
