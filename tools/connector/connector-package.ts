import { buildApiProperties } from './api-properties.js';
import { connectorIconPng } from './connector-icon.js';
import { buildConnectorReadme } from './connector-readme.js';
import type { Document3 } from './openapi-shapes.js';
import type { ConnectorSettings } from './connector-settings.js';
import { toSwagger2 } from './swagger2-converter.js';

export const CONNECTOR_FILES = ['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png', 'README.md'] as const;
export type ConnectorFileName = (typeof CONNECTOR_FILES)[number];

/** Microsoft's coding standard for connector files: 4-space JSON ([T11]), and a final newline. */
export function serializeConnectorJson(value: unknown): string {
  return `${JSON.stringify(value, null, 4)}\n`;
}

/** Every file of the connector folder, as bytes, from the OpenAPI 3 document alone. */
export function buildConnectorPackage(openApi: Document3, settings: ConnectorSettings): Record<ConnectorFileName, Buffer> {
  const swagger = toSwagger2(openApi, settings);
  return {
    'apiDefinition.swagger.json': Buffer.from(serializeConnectorJson(swagger)),
    'apiProperties.json': Buffer.from(serializeConnectorJson(buildApiProperties(swagger, settings))),
    'icon.png': connectorIconPng(settings.brandColor),
    'README.md': Buffer.from(buildConnectorReadme(swagger, settings)),
  };
}
