import { isFormVersionMap } from './form-version-map.validator';

describe('isFormVersionMap', () => {
  it('accepts levels mapped to UUIDs, the empty map included', () => {
    expect(isFormVersionMap({ intermediate: '2f0c6a3e-4b1d-4c8e-9a7f-1d2e3f4a5b6c' })).toBe(true);
    expect(isFormVersionMap({})).toBe(true);
  });

  it('refuses unknown levels, ids that are not UUIDs (the old documented example) and non-objects', () => {
    for (const bad of [{ intermediate: '2f0c…' }, { nope: '2f0c6a3e-4b1d-4c8e-9a7f-1d2e3f4a5b6c' }, { intermediate: 1 }, { intermediate: null }, [], null, 'x']) {
      expect(isFormVersionMap(bad)).toBe(false);
    }
  });
});
