import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { API_KEY_HEADER, PUBLIC_API_ROUTES } from '../common/security/public-routes.js';
import { CommonErrors } from '../common/errors/common-errors.js';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { canonicalDocument } from './canonical-document.js';
import { describeEventStreams, tagEventStreamHandlers } from './event-streams.js';

export const API_KEY_SCHEME = 'ApiKeyAuth';
export { API_KEY_HEADER };

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
  tagEventStreamHandlers(app);
  const document = SwaggerModule.createDocument(app, options, {
    // Tags are what makers browse by: each controller names its own with @ApiTags.
    autoTagControllers: false,
    // Every operation must name itself with @ApiOperation({ operationId }); Nest's Controller_method
    // fallback is not PascalCase, so the operation rules (openapi-rules.ts) reject any route that forgot.
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey}_${methodKey}`,
    extraModels: [ErrorResponseDto],
  });
  markPublicOperations(document);
  describeEventStreams(document);
  addGatewayResponses(document);
  return canonicalDocument(document);
}

const ERROR_SCHEMA = ErrorResponseDto.name;

/**
 * The security gate and the media-type guard answer before any controller runs, so no controller documents
 * their refusals: declare them here on every operation they guard (401 where a key is needed, 429 wherever
 * the rate limit applies, 415 wherever a body is taken).
 */
function addGatewayResponses(document: OpenAPIObject): void {
  const content = { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_SCHEMA}` } } };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const isPublic = PUBLIC_API_ROUTES.includes(path);
      if (!isPublic) operation.responses['401'] ??= { description: CommonErrors.AUTH_API_KEY_INVALID.message, content };
      if (!isPublic) operation.responses['429'] ??= { description: CommonErrors.RATE_LIMITED.message, content };
      // MediaTypeGuard refuses a body in any type the operation does not declare, before its controller runs.
      if (operation.requestBody) {
        operation.responses['415'] ??= { description: 'REQUEST_MEDIA_TYPE_UNSUPPORTED: the body is not in a media type this operation declares.', content };
      }
    }
  }
}

/** The public routes answer without a key, so their operations must not ask Swagger UI or a connector for one. */
function markPublicOperations(document: OpenAPIObject): void {
  for (const path of PUBLIC_API_ROUTES) {
    const item = document.paths[path];
    if (!item) continue;
    for (const method of ['get', 'head', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (operation) operation.security = [];
    }
  }
}
