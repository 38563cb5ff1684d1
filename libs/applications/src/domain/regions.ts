import { LocalizedText } from './localized-text';

export interface Province {
  code: string;
  name: LocalizedText;
}

/** GB/T 2260 province-level divisions: 31 mainland, plus Taiwan, Hong Kong and Macao. */
export const PROVINCES: readonly Province[] = [
  { code: '11', name: { 'zh-CN': '北京市', en: 'Beijing' } },
  { code: '12', name: { 'zh-CN': '天津市', en: 'Tianjin' } },
  { code: '13', name: { 'zh-CN': '河北省', en: 'Hebei' } },
  { code: '14', name: { 'zh-CN': '山西省', en: 'Shanxi' } },
  { code: '15', name: { 'zh-CN': '内蒙古自治区', en: 'Inner Mongolia' } },
  { code: '21', name: { 'zh-CN': '辽宁省', en: 'Liaoning' } },
  { code: '22', name: { 'zh-CN': '吉林省', en: 'Jilin' } },
  { code: '23', name: { 'zh-CN': '黑龙江省', en: 'Heilongjiang' } },
  { code: '31', name: { 'zh-CN': '上海市', en: 'Shanghai' } },
  { code: '32', name: { 'zh-CN': '江苏省', en: 'Jiangsu' } },
  { code: '33', name: { 'zh-CN': '浙江省', en: 'Zhejiang' } },
  { code: '34', name: { 'zh-CN': '安徽省', en: 'Anhui' } },
  { code: '35', name: { 'zh-CN': '福建省', en: 'Fujian' } },
  { code: '36', name: { 'zh-CN': '江西省', en: 'Jiangxi' } },
  { code: '37', name: { 'zh-CN': '山东省', en: 'Shandong' } },
  { code: '41', name: { 'zh-CN': '河南省', en: 'Henan' } },
  { code: '42', name: { 'zh-CN': '湖北省', en: 'Hubei' } },
  { code: '43', name: { 'zh-CN': '湖南省', en: 'Hunan' } },
  { code: '44', name: { 'zh-CN': '广东省', en: 'Guangdong' } },
  { code: '45', name: { 'zh-CN': '广西壮族自治区', en: 'Guangxi' } },
  { code: '46', name: { 'zh-CN': '海南省', en: 'Hainan' } },
  { code: '50', name: { 'zh-CN': '重庆市', en: 'Chongqing' } },
  { code: '51', name: { 'zh-CN': '四川省', en: 'Sichuan' } },
  { code: '52', name: { 'zh-CN': '贵州省', en: 'Guizhou' } },
  { code: '53', name: { 'zh-CN': '云南省', en: 'Yunnan' } },
  { code: '54', name: { 'zh-CN': '西藏自治区', en: 'Tibet' } },
  { code: '61', name: { 'zh-CN': '陕西省', en: 'Shaanxi' } },
  { code: '62', name: { 'zh-CN': '甘肃省', en: 'Gansu' } },
  { code: '63', name: { 'zh-CN': '青海省', en: 'Qinghai' } },
  { code: '64', name: { 'zh-CN': '宁夏回族自治区', en: 'Ningxia' } },
  { code: '65', name: { 'zh-CN': '新疆维吾尔自治区', en: 'Xinjiang' } },
  { code: '71', name: { 'zh-CN': '台湾省', en: 'Taiwan' } },
  { code: '81', name: { 'zh-CN': '香港特别行政区', en: 'Hong Kong' } },
  { code: '82', name: { 'zh-CN': '澳门特别行政区', en: 'Macao' } },
];

const BY_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.code, p]));

/** Taiwan, Hong Kong and Macao have no GB/T 2260 city/county breakdown the portal can check. */
const WITHOUT_SUBDIVISION_CODES = new Set(['71', '81', '82']);

export function isProvinceCode(code: unknown): code is string {
  return typeof code === 'string' && BY_CODE.has(code);
}

export function provinceName(code: string): LocalizedText | undefined {
  return BY_CODE.get(code)?.name;
}

/**
 * A 6-digit GB/T 2260 code (PPCCDD) whose province part is known and whose shape is
 * consistent: a county part only under a city part (so 500103 and 500100 and 500000 are
 * fine, 500003 is not). The full national list is not embedded, so this is a structural
 * check, not proof that the county exists.
 */
export function isRegionCode(code: unknown): code is string {
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return false;
  const province = code.slice(0, 2);
  if (!BY_CODE.has(province)) return false;
  if (WITHOUT_SUBDIVISION_CODES.has(province)) return true;
  const city = code.slice(2, 4);
  const county = code.slice(4, 6);
  return !(city === '00' && county !== '00');
}

/** The province code of a region code, or null when the region code is not well-formed. */
export function provinceOfRegion(code: unknown): string | null {
  return isRegionCode(code) ? code.slice(0, 2) : null;
}
