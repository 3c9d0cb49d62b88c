import { ConfigError, loadConfig } from './load-config.js';

describe('alert configuration', () => {
  it('defaults to learned region thresholds and refuses private callbacks', () => {
    const { alerts } = loadConfig({});
    expect(alerts.regionLoadKw).toEqual({ everyRegionKw: undefined, byRegion: {} });
    expect(alerts).toMatchObject({ silentAfterS: 300, regionLoadPercentile: 99, webhookAllowPrivate: false });
  });

  it('reads a threshold for every region and per-region overrides, in any order', () => {
    const { alerts } = loadConfig({ ALERT_REGION_LOAD_KW: 'harbour=12000, 8000', ALERT_WEBHOOK_ALLOW_PRIVATE: 'true' });
    expect(alerts.regionLoadKw.everyRegionKw).toBe(8000);
    expect({ ...alerts.regionLoadKw.byRegion }).toEqual({ harbour: 12000 });
    expect(alerts.webhookAllowPrivate).toBe(true);
  });

  it('lists every bad alert variable at once', () => {
    let problems: readonly string[] = [];
    try {
      loadConfig({ ALERT_REGION_LOAD_KW: 'Atlantis!=5,harbour=-1', ALERT_WEBHOOK_ALLOW_PRIVATE: 'yes please', ALERT_SILENT_AFTER_S: '1' });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems).toEqual([
      expect.stringContaining('ALERT_SILENT_AFTER_S'),
      expect.stringContaining('"Atlantis!"'),
      expect.stringContaining('harbour=-1'),
      expect.stringContaining('ALERT_WEBHOOK_ALLOW_PRIVATE'),
    ]);
  });
});
