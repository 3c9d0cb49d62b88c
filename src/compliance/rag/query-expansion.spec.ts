import { expandQuery } from './query-expansion.js';

describe(expandQuery.name, () => {
  it("adds the directive's own word for everyday ones, once", () => {
    expect(expandQuery('Which companies need an audit?')).toBe('Which companies need an audit? enterprises');
    expect(expandQuery('Do data centers report energy use?')).toBe('Do data centers report energy use? data centres');
  });

  it('leaves questions already in the directive\'s words alone', () => {
    expect(expandQuery('Which enterprises need an energy audit?')).toBe('Which enterprises need an energy audit?');
  });
});
