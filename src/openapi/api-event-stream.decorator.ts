import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiOkResponse, ApiProduces } from '@nestjs/swagger';

/**
 * Documents a server-sent events route (`@Sse`): Nest does not mark one as such in the spec, and the
 * connector generator leaves every `text/event-stream` operation out, since the connector runtime cannot
 * consume a stream. `internal` also hides it should it ever be kept.
 */
export function ApiEventStream(description: string): MethodDecorator {
  return applyDecorators(
    ApiProduces('text/event-stream'),
    ApiOkResponse({ description, content: { 'text/event-stream': { schema: { type: 'string', description: 'One JSON object per `data:` line.' } } } }),
    ApiExtension('x-ms-visibility', 'internal'),
  );
}
