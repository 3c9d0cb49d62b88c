/** Resource id of Azure Database for PostgreSQL for Microsoft Entra tokens. */
export const POSTGRES_ENTRA_RESOURCE = 'https://ossrdbms-aad.database.windows.net';
const REFRESH_MARGIN_MS = 5 * 60_000;

export interface ManagedIdentityEndpoint {
  /** App Service's IDENTITY_ENDPOINT and IDENTITY_HEADER. */
  url: string;
  header: string;
  clientId?: string;
}

/**
 * The database password in Entra mode: an access token of the App Service managed identity, fetched from the
 * local identity endpoint and cached until shortly before it expires. `pg` calls the pool's password function
 * on every new connection, so a connection opened after the token rotates simply gets the new one.
 */
export class ManagedIdentityToken {
  private cached: { token: string; expiresAt: number } | undefined;

  constructor(
    private readonly endpoint: ManagedIdentityEndpoint,
    private readonly fetcher: typeof fetch = fetch,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<string> {
    if (this.cached && this.cached.expiresAt - REFRESH_MARGIN_MS > this.now()) return this.cached.token;
    const url = new URL(this.endpoint.url);
    url.searchParams.set('resource', POSTGRES_ENTRA_RESOURCE);
    url.searchParams.set('api-version', '2019-08-01');
    if (this.endpoint.clientId) url.searchParams.set('client_id', this.endpoint.clientId);
    const response = await this.fetcher(url, { headers: { 'X-IDENTITY-HEADER': this.endpoint.header }, signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`the managed identity endpoint answered ${response.status}`);
    const body = (await response.json()) as { access_token?: string; expires_on?: string | number };
    if (!body.access_token) throw new Error('the managed identity endpoint returned no access_token');
    this.cached = { token: body.access_token, expiresAt: Number(body.expires_on ?? 0) * 1000 };
    return body.access_token;
  }
}
