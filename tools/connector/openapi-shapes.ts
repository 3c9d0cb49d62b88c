import type { OpenAPIV2, OpenAPIV3 } from 'openapi-types';
import type { Schema2 } from './schema-converter.js';

/** The vendor extensions the generator reads from Nest's document. */
export interface ReadExtensions {
  'x-ms-visibility'?: string;
  /** A webhook registration ([O7]); its payload is the operation's OpenAPI callback. */
  'x-ms-trigger'?: string;
  'x-ms-trigger-hint'?: string;
}

export type Document3 = OpenAPIV3.Document<ReadExtensions>;
export type Operation3 = OpenAPIV3.OperationObject<ReadExtensions>;
export type Parameter3 = OpenAPIV3.ParameterObject & ReadExtensions;

/** One operation of the connector: Swagger 2.0 with the Power Platform extensions ([O1]-[O9]). */
export interface Operation2 {
  tags?: string[];
  summary?: string;
  description?: string;
  operationId?: string;
  consumes?: string[];
  parameters: Schema2[];
  responses: Record<string, Schema2>;
  security?: Record<string, string[]>[];
  deprecated?: true;
  'x-ms-visibility': string;
  'x-ms-pageable'?: { nextLinkName: string };
  'x-ms-trigger'?: 'single' | 'batch';
  'x-ms-trigger-hint'?: string;
}

export const METHODS2 = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** A webhook trigger's payload, on the trigger's path item (§8: `x-ms-notification-content`). */
export interface NotificationContent {
  description: string;
  schema: Schema2;
}

export type PathItem2 = Partial<Record<(typeof METHODS2)[number], Operation2>> & { 'x-ms-notification-content'?: NotificationContent };

/** The operations of a path item, without its other keys. */
export function operationsOf(item: PathItem2): [string, Operation2][] {
  return METHODS2.flatMap((method) => (item[method] ? [[method, item[method]] as [string, Operation2]] : []));
}

/** The connector's apiDefinition.swagger.json. */
export interface Swagger2Document {
  swagger: '2.0';
  info: OpenAPIV2.InfoObject & { contact: OpenAPIV2.ContactObject };
  host: string;
  basePath: string;
  schemes: string[];
  consumes: string[];
  produces: string[];
  paths: Record<string, PathItem2>;
  definitions: Record<string, Schema2>;
  parameters: Record<string, Schema2>;
  securityDefinitions: Record<string, { type: 'apiKey'; in: 'header'; name: string }>;
  security: Record<string, string[]>[];
  tags: OpenAPIV2.TagObject[];
  'x-ms-connector-metadata': { propertyName: string; propertyValue: string }[];
}

/** Nest emits no `$ref` outside schemas; the generator refuses one rather than guess. */
export function isReference(value: object): value is OpenAPIV3.ReferenceObject {
  return '$ref' in value;
}
