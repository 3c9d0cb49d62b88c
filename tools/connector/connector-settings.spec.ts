import { connectorSettingsFrom, DEFAULT_CONNECTOR_SETTINGS } from './connector-settings.js';
import { connectorIconPng } from './connector-icon.js';
import { inflateSync } from 'node:zlib';

describe(connectorSettingsFrom.name, () => {
  it('uses the defaults for an empty environment', () => {
    expect(connectorSettingsFrom({})).toEqual(DEFAULT_CONNECTOR_SETTINGS);
  });

  it('lists every bad variable at once', () => {
    expect(() => connectorSettingsFrom({ CONNECTOR_HOST: 'https://x.com/api', CONNECTOR_SCHEME: 'ws', CONNECTOR_BRAND_COLOR: '#007EE5' })).toThrow(
      /CONNECTOR_HOST[\s\S]*CONNECTOR_SCHEME[\s\S]*default #007ee5/,
    );
  });
});

describe(connectorIconPng.name, () => {
  it('writes the same valid PNG every time, brand colour in the corner, bolt in the middle', () => {
    const png = connectorIconPng('#0B6E4F');
    expect(png.equals(connectorIconPng('#0B6E4F'))).toBe(true);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const idatLength = png.readUInt32BE(8 + 25 + 12 + 17 * 3);
    const idat = png.subarray(8 + 25 + 12 + 17 * 3 + 8, 8 + 25 + 12 + 17 * 3 + 8 + idatLength);
    const pixels = inflateSync(idat);
    expect(pixels.length).toBe(230 * 231);
    expect(pixels[1]).toBe(0);
    expect(pixels[115 * 231 + 1 + 115]).toBe(16);
  });
});
