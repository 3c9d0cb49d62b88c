import type { ConnectorSettings } from './connector-settings.js';
import { operationsOf, type Swagger2Document } from './openapi-shapes.js';

/**
 * apiProperties.json: the `api_key` secure connection parameter ([S5]), the brand colour ([F5]) and, when an
 * operation is pageable, the `updatenextlink` policy that makes the runtime follow `nextLink` ([O9]).
 */
export function buildApiProperties(swagger: Swagger2Document, settings: ConnectorSettings): Record<string, unknown> {
  const pageable = pageableOperationIds(swagger);
  return {
    properties: {
      connectionParameters: {
        api_key: {
          type: 'securestring',
          uiDefinition: {
            displayName: 'API key',
            description: 'One of the keys set in API_KEYS on the PowerGrid server.',
            tooltip: 'Ask your PowerGrid administrator for a key',
            constraints: { tabIndex: 2, clearText: false, required: 'true' },
          },
        },
      },
      iconBrandColor: settings.brandColor,
      capabilities: capabilitiesOf(swagger),
      policyTemplateInstances:
        pageable.length === 0
          ? []
          : [
              {
                templateId: 'updatenextlink',
                title: 'Update nextLink property to make paging work',
                parameters: {
                  'x-ms-apimTemplate-operationName': pageable,
                  'x-ms-apimTemplateParameter.nextLinkPropertyName': 'nextLink',
                },
              },
            ],
    },
  };
}

/** `actions` when makers can call an operation, `triggers` when one can start a flow (x-ms-trigger). */
export function capabilitiesOf(swagger: Swagger2Document): string[] {
  const all = Object.values(swagger.paths).flatMap((item) => operationsOf(item).map(([, operation]) => operation));
  const capabilities: string[] = [];
  if (all.some((operation) => operation['x-ms-trigger'] === undefined && operation['x-ms-visibility'] !== 'internal')) capabilities.push('actions');
  if (all.some((operation) => operation['x-ms-trigger'] !== undefined)) capabilities.push('triggers');
  return capabilities;
}

export function pageableOperationIds(swagger: Swagger2Document): string[] {
  const ids: string[] = [];
  for (const item of Object.values(swagger.paths)) {
    for (const [, operation] of operationsOf(item)) if (operation['x-ms-pageable'] && operation.operationId) ids.push(operation.operationId);
  }
  return ids.sort();
}
