import { CallbackRefusedError, parseCallbackUrl, pinCallback, type Resolver } from './callback-url.js';

const strict = { allowPrivate: false };
const open = { allowPrivate: true };
const resolvesTo = (...addresses: string[]): Resolver => () => Promise.resolve(addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));

describe('callback URLs', () => {
  it('accepts https to a public host and pins the address it resolved to', async () => {
    const url = parseCallbackUrl('https://flows.example.com/hook?sig=abc', strict);
    await expect(pinCallback(url, strict, resolvesTo('20.50.2.1'))).resolves.toMatchObject({ address: '20.50.2.1', family: 4 });
  });

  it.each([
    ['http://flows.example.com/hook', /https/],
    ['ftp://flows.example.com/hook', /https/],
    ['https://user:pw@flows.example.com/', /user name or password/],
    ['https://127.0.0.1/hook', /loopback/],
    ['https://[::1]/hook', /loopback/],
    ['https://[::ffff:127.0.0.1]/hook', /embeds 127\.0\.0\.1/],
    ['https://0x7f.1/hook', /127\.0\.0\.1/],
    ['https://2130706433/hook', /127\.0\.0\.1/],
    ['https://169.254.169.254/latest/meta-data', /private or reserved/],
    ['not a url', /absolute URL/],
  ])('refuses %s without the private flag', (raw, reason) => {
    expect(() => parseCallbackUrl(raw, strict)).toThrow(reason);
  });

  it('refuses a host name that resolves to a private address, even when only one of its addresses is', async () => {
    const url = parseCallbackUrl('https://rebind.example.com/hook', strict);
    await expect(pinCallback(url, strict, resolvesTo('10.0.0.5'))).rejects.toThrow(CallbackRefusedError);
    await expect(pinCallback(url, strict, resolvesTo('20.50.2.1', '127.0.0.1'))).rejects.toThrow(/127\.0\.0\.1/);
    await expect(pinCallback(url, strict, () => Promise.reject(Object.assign(new Error('no'), { code: 'ENOTFOUND' })))).rejects.toThrow(/ENOTFOUND/);
  });

  it('allows http and loopback with ALERT_WEBHOOK_ALLOW_PRIVATE', async () => {
    const url = parseCallbackUrl('http://127.0.0.1:9999/hook', open);
    await expect(pinCallback(url, open)).resolves.toMatchObject({ address: '127.0.0.1' });
  });
});
