import { isFragment } from './answer-sentences.js';

describe(isFragment.name, () => {
  it("takes a note block's verbless label for a fragment, however long, and keeps points and sentences", () => {
    expect(isFragment('Energy poverty share of the savings obligation (Article 8).')).toBe(true);
    expect(isFragment('Later audits follow at least every four years.')).toBe(false);
    expect(isFragment('(d) 1,9 % from 1 January 2028 to 31 December 2030.')).toBe(false);
    expect(isFragment('— Guaranteed savings to be achieved by the provider under the contract.')).toBe(false);
    expect(isFragment('Enterprises above 85 TJ must implement a certified energy management system.')).toBe(false);
  });
});
