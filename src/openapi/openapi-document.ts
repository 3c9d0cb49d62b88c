import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

export const API_KEY_SCHEME = 'ApiKeyAuth';
export const API_KEY_HEADER = 'x-api-key';

/** Builds the OpenAPI 3 document from the application's decorators; also used by `npm run openapi`. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const options = new DocumentBuilder()
    .setTitle('PowerGrid API')
    .setDescription(
      'Live smart-meter telemetry and a regulatory copilot for the EU Energy Efficiency Directive (Directive (EU) 2023/1791), for grid operators and Power Apps.',
    )
    .setVersion('1.0.0')
    .addApiKey({ type: 'apiKey', in: 'header', name: API_KEY_HEADER, description: 'One of the keys in API_KEYS.' }, API_KEY_SCHEME)
    .addSecurityRequirements(API_KEY_SCHEME)
    .build();
  return SwaggerModule.createDocument(app, options, {
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
  });
}
