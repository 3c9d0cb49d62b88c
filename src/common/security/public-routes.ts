/**
 * Routes under /api that answer without an API key. Matched against Fastify's route pattern (not the raw
 * URL), so query strings, doubled slashes or trailing dots cannot widen the set. The spec document is public
 * because Swagger UI must load it before the user can press Authorize; it holds nothing secret (it is
 * committed as openapi.json).
 */
export const PUBLIC_API_ROUTES: readonly string[] = ['/api/health', '/api/health/live', '/api/openapi.json'];

export const API_KEY_HEADER = 'x-api-key';
