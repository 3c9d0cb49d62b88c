import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { CommonErrors } from '../errors/common-errors.js';

/** What a body route takes unless it says otherwise with @ApiConsumes, as in the OpenAPI document. */
const DEFAULT_BODY_TYPES: readonly string[] = ['application/json'];
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** `Application/JSON; charset=utf-8` -> `application/json`. */
export function mediaTypeEssence(contentType: string): string {
  return contentType.split(';', 1)[0].trim().toLowerCase();
}

/**
 * One rule for every route with a body: the content types its OpenAPI entry declares (@ApiConsumes, else JSON)
 * are accepted, anything else gets 415 REQUEST_MEDIA_TYPE_UNSUPPORTED. Nest and Fastify would otherwise parse
 * form-urlencoded and text/plain bodies and hand them on, to fail later as a 400 or not at all. Registered as
 * a global guard, so it runs before route guards: a refused body does not count against a rate limit.
 */
@Injectable()
export class MediaTypeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!BODY_METHODS.has(request.method) || !hasBody(request)) return true;
    const declared = this.reflector.getAllAndOverride<string[] | undefined>(DECORATORS.API_CONSUMES, [context.getHandler(), context.getClass()]) ?? DEFAULT_BODY_TYPES;
    const contentType = request.headers['content-type'];
    if (contentType !== undefined && declared.includes(mediaTypeEssence(contentType))) return true;
    throw new AppError(CommonErrors.REQUEST_MEDIA_TYPE_UNSUPPORTED, `This route accepts ${declared.join(' or ')}.`);
  }
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
