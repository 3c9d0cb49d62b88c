import { createStoreBuffer, layoutSignature, mapStore, storeByteLength, storeDimensions } from './store-layout.js';

describe('store layout', () => {
  it('places every column in its own aligned, non-overlapping range inside the buffer', () => {
    const dims = storeDimensions(1001);
    const views = mapStore(createStoreBuffer(dims), dims);
    const ranges = Object.entries(views)
      .filter(([, view]) => ArrayBuffer.isView(view))
      .map(([name, view]) => ({ name, start: (view as Uint8Array).byteOffset, end: (view as Uint8Array).byteOffset + (view as Uint8Array).byteLength, size: (view as Uint8Array).BYTES_PER_ELEMENT }))
      .sort((a, b) => a.start - b.start);
    expect(ranges.length).toBeGreaterThan(20);
    for (let i = 0; i < ranges.length; i++) {
      expect(ranges[i].start % ranges[i].size).toBe(0);
      if (i > 0) expect(ranges[i].start).toBeGreaterThanOrEqual(ranges[i - 1].end);
    }
    expect(ranges[ranges.length - 1].end).toBeLessThanOrEqual(storeByteLength(dims));
    expect(views.histPower.length).toBe((dims.historyLength + 1) * 1001);
  });

  it('fits a million meters with history in well under a gigabyte', () => {
    expect(storeByteLength(storeDimensions(1_001_000)) / 2 ** 20).toBeLessThan(750);
  });

  it('changes its signature with the capacity', () => {
    expect(layoutSignature(storeDimensions(10))).not.toBe(layoutSignature(storeDimensions(11)));
  });

  it('refuses a buffer of the wrong size', () => {
    expect(() => mapStore(createStoreBuffer(storeDimensions(10)), storeDimensions(11))).toThrow();
  });
});
