import { LocalizedText } from './localized-text';

export interface District {
  /** The 6-digit GB/T 2260 code (PPCCDD). */
  code: string;
  name: LocalizedText;
  kind: 'district' | 'county';
}

const d = (code: string, zh: string, en: string): District => ({ code, name: { 'zh-CN': zh, en }, kind: 'district' });
const c = (code: string, zh: string, en: string): District => ({ code, name: { 'zh-CN': zh, en }, kind: 'county' });

/** Chongqing's 26 districts and 12 counties (GB/T 2260, as the Ministry of Civil Affairs lists them since 2016). */
const CHONGQING: readonly District[] = [
  d('500101', '万州区', 'Wanzhou District'),
  d('500102', '涪陵区', 'Fuling District'),
  d('500103', '渝中区', 'Yuzhong District'),
  d('500104', '大渡口区', 'Dadukou District'),
  d('500105', '江北区', 'Jiangbei District'),
  d('500106', '沙坪坝区', 'Shapingba District'),
  d('500107', '九龙坡区', 'Jiulongpo District'),
  d('500108', '南岸区', "Nan'an District"),
  d('500109', '北碚区', 'Beibei District'),
  d('500110', '綦江区', 'Qijiang District'),
  d('500111', '大足区', 'Dazu District'),
  d('500112', '渝北区', 'Yubei District'),
  d('500113', '巴南区', 'Banan District'),
  d('500114', '黔江区', 'Qianjiang District'),
  d('500115', '长寿区', 'Changshou District'),
  d('500116', '江津区', 'Jiangjin District'),
  d('500117', '合川区', 'Hechuan District'),
  d('500118', '永川区', 'Yongchuan District'),
  d('500119', '南川区', 'Nanchuan District'),
  d('500120', '璧山区', 'Bishan District'),
  d('500151', '铜梁区', 'Tongliang District'),
  d('500152', '潼南区', 'Tongnan District'),
  d('500153', '荣昌区', 'Rongchang District'),
  d('500154', '开州区', 'Kaizhou District'),
  d('500155', '梁平区', 'Liangping District'),
  d('500156', '武隆区', 'Wulong District'),
  c('500229', '城口县', 'Chengkou County'),
  c('500230', '丰都县', 'Fengdu County'),
  c('500231', '垫江县', 'Dianjiang County'),
  c('500233', '忠县', 'Zhong County'),
  c('500235', '云阳县', 'Yunyang County'),
  c('500236', '奉节县', 'Fengjie County'),
  c('500237', '巫山县', 'Wushan County'),
  c('500238', '巫溪县', 'Wuxi County'),
  c('500240', '石柱土家族自治县', 'Shizhu Tujia Autonomous County'),
  c('500241', '秀山土家族苗族自治县', 'Xiushan Tujia and Miao Autonomous County'),
  c('500242', '酉阳土家族苗族自治县', 'Youyang Tujia and Miao Autonomous County'),
  c('500243', '彭水苗族土家族自治县', 'Pengshui Miao and Tujia Autonomous County'),
];

/**
 * The districts and counties the portal knows, by province code: only a province that can host
 * the office needs them (its freelance designers are recommended by their district's
 * sub-centre, matched on the exact code). Other provinces stay province-level.
 */
const DISTRICTS_BY_PROVINCE: ReadonlyMap<string, readonly District[]> = new Map([['50', CHONGQING]]);

/** The districts and counties of a province, or null when the portal does not list them. */
export function districtsOf(province: string): readonly District[] | null {
  return DISTRICTS_BY_PROVINCE.get(province) ?? null;
}

/**
 * Whether a region code of a province with listed districts names the whole province (PP0000)
 * or one of its districts; a code of another province, or of a province without a list, is not
 * this rule's business (true).
 */
export function isListedRegion(province: string, code: string): boolean {
  const districts = districtsOf(province);
  if (!districts || code.slice(0, 2) !== province) return true;
  return code === `${province}0000` || districts.some((x) => x.code === code);
}
