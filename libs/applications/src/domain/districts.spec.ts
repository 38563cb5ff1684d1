import { districtsOf, isListedRegion } from './districts';
import { isRegionCode, provinceOfRegion } from './regions';

describe('districts', () => {
  const chongqing = districtsOf('50')!;

  it('lists Chongqing’s 26 districts and 12 counties, each a well-formed code of the province, once', () => {
    expect(chongqing).toHaveLength(38);
    expect(chongqing.filter((d) => d.kind === 'district')).toHaveLength(26);
    expect(chongqing.filter((d) => d.kind === 'county')).toHaveLength(12);
    expect(new Set(chongqing.map((d) => d.code)).size).toBe(38);
    for (const d of chongqing) {
      expect(isRegionCode(d.code)).toBe(true);
      expect(provinceOfRegion(d.code)).toBe('50');
      expect(d.code.endsWith('00')).toBe(false);
      // Districts are 5001xx, counties 5002xx (GB/T 2260).
      expect(d.code.slice(2, 4)).toBe(d.kind === 'district' ? '01' : '02');
      expect(d.name['zh-CN']).toMatch(d.kind === 'district' ? /区$/ : /县$/);
      expect(d.name.en).toMatch(d.kind === 'district' ? / District$/ : / County$/);
    }
  });

  it.each([
    ['500103', '渝中区', 'Yuzhong District'],
    ['500106', '沙坪坝区', 'Shapingba District'],
    ['500156', '武隆区', 'Wulong District'],
    ['500233', '忠县', 'Zhong County'],
    ['500243', '彭水苗族土家族自治县', 'Pengshui Miao and Tujia Autonomous County'],
  ])('names %s %s / %s', (code, zh, en) => {
    expect(chongqing.find((d) => d.code === code)?.name).toEqual({ 'zh-CN': zh, en });
  });

  it('has no list for the other provinces: they stay province-level', () => {
    expect(districtsOf('51')).toBeNull();
    expect(districtsOf('81')).toBeNull();
  });

  it.each([
    ['50', '500000', true],
    ['50', '500106', true],
    ['50', '500199', false],
    ['50', '500100', false],
    ['50', '500200', false],
    ['50', '510104', true],
    ['51', '510199', true],
  ])('in province %s, %s is listed: %s', (province, code, expected) => {
    expect(isListedRegion(province, code)).toBe(expected);
  });
});
