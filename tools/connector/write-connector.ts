// `npm run connector`: converts openapi.json into the Power Apps custom connector folder. The CONNECTOR_*
// variables describe the deployment the connector points at; they are read here because they are not
// settings of the server (see connector-settings.ts for their defaults). A build tool: it runs under tsx and
// is not part of dist/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildConnectorPackage } from './connector-package.js';
import { connectorSettingsFrom } from './connector-settings.js';
import type { Document3 } from './openapi-shapes.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const openApi = JSON.parse(readFileSync(`${root}openapi.json`, 'utf8')) as Document3;
const files = buildConnectorPackage(openApi, connectorSettingsFrom(process.env));
mkdirSync(`${root}connector`, { recursive: true });
for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(`${root}connector/${name}`, bytes);
  process.stdout.write(`wrote connector/${name} (${bytes.length} bytes)\n`);
}
