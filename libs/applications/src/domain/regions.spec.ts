import * as fs from 'fs';
import * as path from 'path';
import { isProvinceCode, isRegionCode, PROVINCES, provinceName, provinceOfRegion } from './regions';

// Public facts (check digits, GB/T 2260 codes) copied from shared/ into the repository: tests read only the repository.
const VECTORS_PATH = path.join(__dirname, 'fixtures', 'test-vectors.json');
const vectors: { provinces: { codes: Record<string, string> } } = JSON.parse(fs.readFileSync(VECTORS_PATH, 'utf8'));

describe('regions', () => {
  const codes = Object.entries(vectors.provinces.codes);

  it('has exactly the province codes of the test vectors', () => {
    expect(PROVINCES.map((p) => p.code).sort()).toEqual(Object.keys(vectors.provinces.codes).sort());
    expect(PROVINCES).toHaveLength(34);
  });

  it.each(codes)('knows %s as %s', (code, label) => {
    const [zh, ...en] = label.split(' ');
    expect(isProvinceCode(code)).toBe(true);
    expect(provinceName(code)).toEqual({ 'zh-CN': zh, en: en.join(' ') });
    expect(isRegionCode(`${code}0000`)).toBe(true);
    expect(provinceOfRegion(`${code}0000`)).toBe(code);
  });

  it.each(['00', '10', '16', '39', '83', '99', '5', '500', ''])('rejects province code %p', (code) => {
    expect(isProvinceCode(code)).toBe(false);
  });

  it.each(['500000', '500100', '500103', '510107', '440305', '810000', '820001'])('accepts region code %s', (code) => {
    expect(isRegionCode(code)).toBe(true);
  });

  it.each(['990000', '50010', '5001030', '50O103', '500003', '', '5001 3'])('rejects region code %p', (code) => {
    expect(isRegionCode(code)).toBe(false);
    expect(provinceOfRegion(code)).toBeNull();
  });

  it('rejects non-strings', () => {
    expect(isRegionCode(500103)).toBe(false);
    expect(isProvinceCode(50)).toBe(false);
  });
});
