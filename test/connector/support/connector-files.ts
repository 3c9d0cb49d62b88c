import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildConnectorPackage, type ConnectorFileName } from '../../../tools/connector/connector-package.js';
import type { ConnectorSettings } from '../../../tools/connector/connector-settings.js';
import type { ConnectorFiles } from './definition-rules.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SHARED_POWERAPPS = `${ROOT}../shared/powerapps/`;

export function committedFile(name: string): Buffer {
  return readFileSync(`${ROOT}${name}`);
}

export function asConnectorFiles(files: Record<ConnectorFileName, Buffer>): ConnectorFiles {
  const swaggerText = files['apiDefinition.swagger.json'].toString('utf8');
  return {
    swagger: JSON.parse(swaggerText),
    swaggerText,
    properties: JSON.parse(files['apiProperties.json'].toString('utf8')),
    icon: files['icon.png'],
    readme: files['README.md'].toString('utf8'),
  };
}

export function committedConnector(): ConnectorFiles {
  const read = (name: ConnectorFileName) => committedFile(`connector/${name}`);
  return asConnectorFiles({
    'apiDefinition.swagger.json': read('apiDefinition.swagger.json'),
    'apiProperties.json': read('apiProperties.json'),
    'icon.png': read('icon.png'),
    'README.md': read('README.md'),
  });
}

export function connectorFrom(openApiJson: string, settings: ConnectorSettings): ConnectorFiles {
  return asConnectorFiles(buildConnectorPackage(JSON.parse(openApiJson), settings));
}

/**
 * Microsoft's schemas are JSONC: whole-line `//` comments, and one after a value in the paconn schema.
 * Comments are dropped only outside strings, since `http://` sits inside many of them.
 */
export function readJsonc(path: string): Record<string, unknown> {
  return JSON.parse(stripLineComments(readFileSync(path, 'utf8')));
}

export function stripLineComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      out += char;
      if (char === '\\') out += text[++i] ?? '';
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
      out += char;
    } else if (char === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i += 1;
      out += '\n';
    } else out += char;
  }
  return out;
}
