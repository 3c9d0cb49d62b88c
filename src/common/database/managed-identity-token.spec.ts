import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManagedIdentityToken, POSTGRES_ENTRA_RESOURCE } from './managed-identity-token.js';

/** A local HTTP server speaks App Service's identity protocol; the real fetch path runs against it. */
describe(ManagedIdentityToken.name, () => {
  let server: Server;
  let url: string;
  const seen: { query: URLSearchParams; header?: string }[] = [];
  let expiresOn = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const parsed = new URL(req.url ?? '/', 'http://x');
      seen.push({ query: parsed.searchParams, header: req.headers['x-identity-header'] as string | undefined });
      if (req.headers['x-identity-header'] !== 'secret-header') return void res.writeHead(401).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: `token-${seen.length}`, expires_on: String(expiresOn) }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/msi/token`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => (seen.length = 0));

  it('asks for a PostgreSQL token for the given client id and caches it until near expiry', async () => {
    let now = 1_000_000_000_000;
    expiresOn = now / 1000 + 3600;
    const tokens = new ManagedIdentityToken({ url, header: 'secret-header', clientId: 'client-1' }, fetch, () => now);
    expect(await tokens.get()).toBe('token-1');
    expect(await tokens.get()).toBe('token-1');
    expect(seen).toHaveLength(1);
    expect(seen[0].query.get('resource')).toBe(POSTGRES_ENTRA_RESOURCE);
    expect(seen[0].query.get('client_id')).toBe('client-1');
    now += 56 * 60_000;
    expect(await tokens.get()).toBe('token-2');
  });

  it('fails clearly when the endpoint refuses', async () => {
    const tokens = new ManagedIdentityToken({ url, header: 'wrong' });
    await expect(tokens.get()).rejects.toThrow(/answered 401/);
  });
});
