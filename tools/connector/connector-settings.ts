/** Where and how the connector reaches the API; read from CONNECTOR_* variables by the generator script. */
export interface ConnectorSettings {
  readonly host: string;
  readonly basePath: string;
  readonly scheme: 'https' | 'http';
  readonly title: string;
  readonly brandColor: string;
  readonly contactName: string;
  readonly contactUrl: string;
  readonly contactEmail: string;
  readonly websiteUrl: string;
  readonly privacyUrl: string;
}

/**
 * Defaults produce the committed connector. `powergrid.example.com` is a placeholder on a reserved domain:
 * it validates, and nobody can be reached by mistake; set CONNECTOR_HOST to the real production host (or
 * edit the host in the maker portal) before importing.
 */
export const DEFAULT_CONNECTOR_SETTINGS: ConnectorSettings = Object.freeze({
  host: 'powergrid.example.com',
  basePath: '/api',
  scheme: 'https',
  title: 'PowerGrid',
  brandColor: '#0B6E4F',
  contactName: 'PowerGrid team',
  contactUrl: 'https://powergrid.example.com',
  contactEmail: 'support@powergrid.example.com',
  websiteUrl: 'https://powergrid.example.com',
  privacyUrl: 'https://powergrid.example.com/privacy',
});

const HOST = /^[^{}/ :\\]+(?::\d+)?$/;
const COLOR = /^#[0-9A-Fa-f]{6}$/;

/** Builds settings from an environment-like record; every bad value is reported at once. */
export function connectorSettingsFrom(env: Readonly<Record<string, string | undefined>>): ConnectorSettings {
  const pick = (name: string, fallback: string): string => {
    const value = env[name]?.trim();
    return value ? value : fallback;
  };
  const d = DEFAULT_CONNECTOR_SETTINGS;
  const settings: ConnectorSettings = {
    host: pick('CONNECTOR_HOST', d.host),
    basePath: pick('CONNECTOR_BASE_PATH', d.basePath),
    scheme: pick('CONNECTOR_SCHEME', d.scheme) as ConnectorSettings['scheme'],
    title: pick('CONNECTOR_TITLE', d.title),
    brandColor: pick('CONNECTOR_BRAND_COLOR', d.brandColor),
    contactName: pick('CONNECTOR_CONTACT_NAME', d.contactName),
    contactUrl: pick('CONNECTOR_CONTACT_URL', d.contactUrl),
    contactEmail: pick('CONNECTOR_CONTACT_EMAIL', d.contactEmail),
    websiteUrl: pick('CONNECTOR_WEBSITE_URL', d.websiteUrl),
    privacyUrl: pick('CONNECTOR_PRIVACY_URL', d.privacyUrl),
  };
  const problems: string[] = [];
  if (!HOST.test(settings.host)) problems.push('CONNECTOR_HOST must be a host name with an optional :port, without scheme or path');
  if (!settings.basePath.startsWith('/')) problems.push('CONNECTOR_BASE_PATH must start with /');
  if (settings.scheme !== 'https' && settings.scheme !== 'http') problems.push('CONNECTOR_SCHEME must be https or http');
  if (!COLOR.test(settings.brandColor)) problems.push('CONNECTOR_BRAND_COLOR must be a #RRGGBB colour');
  if (settings.brandColor.toLowerCase() === '#007ee5') problems.push('CONNECTOR_BRAND_COLOR must not be the default #007ee5');
  if (settings.title.length > 30 || /\bAPI\b|connector/i.test(settings.title)) {
    problems.push('CONNECTOR_TITLE must have at most 30 characters and not contain "API" or "Connector"');
  }
  for (const name of ['CONNECTOR_CONTACT_URL', 'CONNECTOR_WEBSITE_URL', 'CONNECTOR_PRIVACY_URL']) {
    if (env[name] && !/^https?:\/\/[^\s]+$/.test(env[name].trim())) problems.push(`${name} must be an absolute http(s) URL`);
  }
  if (problems.length > 0) throw new Error(`Invalid connector settings:\n  - ${problems.join('\n  - ')}`);
  return Object.freeze(settings);
}
