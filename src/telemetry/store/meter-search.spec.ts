import { MeterDirectory } from './meter-directory.js';
import { meterIdMatcher } from './meter-search.js';

describe(meterIdMatcher.name, () => {
  const directory = new MeterDirectory(123_456, 130_000);
  directory.add('SM-Harbour-12', 125_000);

  it.each(['12', '0012', '34', '456', '0123456', 'mtr-00001', 'tr-012', '-0', 'mtr-', 'm', 'tr', 'r-', '1', '00000', '99', 'harb', 'sm-', 'x', '12345678', 'mtr-0123456', 'mtr-01234567', 'mtr-1'])(
    'agrees with a plain substring test for %j',
    (search) => {
      const match = meterIdMatcher(search, directory);
      const slots = [0, 9, 11, 99, 1_233, 12_344, 45_599, 100_000, 123_455, 125_000];
      for (const slot of slots) expect([slot, match(slot)]).toEqual([slot, directory.idOf(slot).toLowerCase().includes(search)]);
    },
  );

  it('matches exhaustively over a range of slots', () => {
    for (const search of ['12', '3-', 'tr-000']) {
      const match = meterIdMatcher(search, directory);
      for (let slot = 0; slot < 20_000; slot += 3) expect(match(slot)).toBe(directory.idOf(slot).toLowerCase().includes(search));
    }
  });
});
