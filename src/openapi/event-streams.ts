import type { INestApplication } from '@nestjs/common';
import { SSE_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import { ApiExtension, type OpenAPIObject } from '@nestjs/swagger';

const MARKER = 'x-event-stream';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * Nest documents an `@Sse()` route like any GET, with an empty 200: nothing in the spec says it streams.
 * Tag every SSE handler before the document is built, so that streams are recognisable (Swagger UI shows
 * text/event-stream; the connector leaves them out) without a decorator of their own.
 */
export function tagEventStreamHandlers(app: INestApplication): void {
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const prototype = (wrapper.metatype as { prototype?: object } | undefined)?.prototype;
      if (!prototype) continue;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
        if (key === 'constructor' || typeof descriptor?.value !== 'function') continue;
        if (Reflect.getMetadata(SSE_METADATA, descriptor.value as object)) ApiExtension(MARKER, true)(prototype, key, descriptor);
      }
    }
  }
}

/** Gives each tagged operation a text/event-stream 200 and internal visibility, then drops the tag. */
export function describeEventStreams(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as (Record<string, unknown> & { responses: Record<string, Record<string, unknown>> }) | undefined;
      if (!operation?.[MARKER]) continue;
      delete operation[MARKER];
      const ok = (operation.responses['200'] ??= { description: '' });
      if (!ok.description) ok.description = 'A stream of server-sent events, one JSON object per data line.';
      const content = (ok.content ?? {}) as Record<string, unknown>;
      ok.content = 'text/event-stream' in content ? content : { 'text/event-stream': { schema: { type: 'string' } } };
      operation['x-ms-visibility'] ??= 'internal';
    }
  }
}
