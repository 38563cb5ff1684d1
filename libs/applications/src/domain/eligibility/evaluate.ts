import { addDays, calendarDiff, formatDurationEn, formatDurationZh, isIsoDate, isTitleLevel, TITLE_LEVEL_DEFINITIONS, toDayNumber, fromDayNumber } from '@app/common';
import { EDUCATION_LEVELS, EducationLevel, TITLE_LEVELS, TitleLevel } from '../form-data';
import { isPlainObject, PlainObject } from '../json-objects';
import { LocalizedText } from '../localized-text';
import { AchievementRule, ContinuingEducationRule, EligibilityPolicy, EligibilityRoute, ExceptionalRoutePolicy, LevelPolicy } from './policy';

export interface RuleResult {
  /** Stable: ELIG_EDUCATION_YEARS, ELIG_CONTINUING_EDUCATION, ELIG_ACHIEVEMENT, ELIG_EXCEPTIONAL_RECOMMENDERS, ELIG_LEVEL_NOT_OFFERED. */
  code: string;
  passed: boolean;
  required: LocalizedText;
  found: LocalizedText;
  explanation: LocalizedText;
  /** Key of the route or achievement rule that was met, for machines; absent when none was. */
  metBy?: string;
}

export interface EligibilityInput {
  policy: EligibilityPolicy;
  level: TitleLevel;
  /** Form data, possibly incomplete: gaps become failed rules, never exceptions. */
  data: unknown;
  /** The cycle's window close date (YYYY-MM-DD); years are counted up to and including it. */
  countUntil: string;
  exceptionalRoute: boolean;
}

export interface EligibilityOutcome {
  eligible: boolean;
  exceptionalRoute: boolean;
  requiresAdminConfirmation: boolean;
  results: RuleResult[];
}

export const ELIG_EDUCATION_YEARS = 'ELIG_EDUCATION_YEARS';
export const ELIG_CONTINUING_EDUCATION = 'ELIG_CONTINUING_EDUCATION';
export const ELIG_ACHIEVEMENT = 'ELIG_ACHIEVEMENT';
export const ELIG_EXCEPTIONAL_RECOMMENDERS = 'ELIG_EXCEPTIONAL_RECOMMENDERS';
export const ELIG_LEVEL_NOT_OFFERED = 'ELIG_LEVEL_NOT_OFFERED';

// ---------------------------------------------------------------------------------------
// Wording

const EDUCATION_NAMES: Record<EducationLevel, LocalizedText> = {
  doctorate: { 'zh-CN': '博士研究生', en: 'doctorate' },
  master: { 'zh-CN': '硕士研究生', en: 'master' },
  bachelor: { 'zh-CN': '大学本科', en: 'bachelor' },
  associate: { 'zh-CN': '大学专科', en: 'associate' },
  vocational: { 'zh-CN': '中专', en: 'vocational' },
};

/** A level's grade as the rules word it: 助理级 / "an assistant title". */
const TITLE_NAMES = Object.fromEntries(
  TITLE_LEVELS.map((level) => [level, { 'zh-CN': TITLE_LEVEL_DEFINITIONS[level].grade['zh-CN'], en: TITLE_LEVEL_DEFINITIONS[level].gradeInSentence }]),
) as Record<TitleLevel, LocalizedText>;

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function titleEn(level: TitleLevel): string {
  const name = TITLE_NAMES[level].en;
  return `${article(name)} ${name} title`;
}

function orListEn(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function orListZh(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}或${items[items.length - 1]}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function yuanEn(amount: number): string {
  return `${amount.toLocaleString('en-US')} yuan`;
}

function yuanZh(amount: number): string {
  return amount % 10_000 === 0 ? `${amount / 10_000}万元` : `${amount}元`;
}

function routeText(route: EligibilityRoute): LocalizedText {
  const eduEn = orListEn(route.education.map((e) => EDUCATION_NAMES[e].en));
  const eduZh = orListZh(route.education.map((e) => EDUCATION_NAMES[e]['zh-CN']));
  const x = route.experience;
  switch (x.kind) {
    case 'none':
      return { 'zh-CN': eduZh, en: eduEn };
    case 'work_since_graduation':
      return {
        'zh-CN': `${eduZh} + 毕业后从事相关工作满${x.years}年`,
        en: `${eduEn} + ${plural(x.years, 'year', 'years')} of relevant work since graduation`,
      };
    case 'holding_title':
      return {
        'zh-CN': `${eduZh} + 取得${TITLE_NAMES[x.titleLevel]['zh-CN']}职称后满${x.years}年`,
        en: `${eduEn} + ${plural(x.years, 'year', 'years')} holding ${titleEn(x.titleLevel)}`,
      };
  }
}

// ---------------------------------------------------------------------------------------
// Reading the (possibly partial) form data defensively

function obj(value: unknown): PlainObject | undefined {
  return isPlainObject(value) ? value : undefined;
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isEducationLevel(value: unknown): value is EducationLevel {
  return typeof value === 'string' && (EDUCATION_LEVELS as readonly string[]).includes(value);
}

/** Calendar months from `from` through `lastDay`, both days included. */
function monthsThrough(from: string, lastDay: string): { months: number; days: number } {
  return calendarDiff(from, addDays(lastDay, 1));
}

type Measure<T> = { ok: true; value: T } | { ok: false; missing: LocalizedText };

interface Facts {
  education: Measure<EducationLevel>;
  title: Measure<{ level: TitleLevel; months: number }>;
  workSinceGraduation: Measure<number>;
  graduationYear: number | undefined;
}

function readFacts(data: PlainObject, countUntil: string): Facts {
  const education = obj(data.education);
  const level = education?.level;
  const graduationDate = education?.graduationDate;

  const educationFact: Measure<EducationLevel> = isEducationLevel(level)
    ? { ok: true, value: level }
    : { ok: false, missing: { 'zh-CN': '未填写学历', en: 'the file does not state the education level' } };

  let title: Facts['title'];
  const currentTitle = obj(data.currentTitle);
  if (!currentTitle) {
    title = { ok: false, missing: { 'zh-CN': '未填写现有职称', en: 'the file shows no current title' } };
  } else if (!isTitleLevel(currentTitle.level)) {
    title = { ok: false, missing: { 'zh-CN': '未填写现有职称级别', en: 'the file does not state the level of the current title' } };
  } else if (!isIsoDate(currentTitle.obtainedOn)) {
    title = { ok: false, missing: { 'zh-CN': '未填写取得职称日期', en: 'the file does not state when the current title was obtained' } };
  } else {
    title = { ok: true, value: { level: currentTitle.level, months: monthsThrough(currentTitle.obtainedOn, countUntil).months } };
  }

  let work: Measure<number>;
  const history = Array.isArray(data.workHistory) ? data.workHistory : undefined;
  if (!isIsoDate(graduationDate)) {
    work = { ok: false, missing: { 'zh-CN': '未填写毕业日期', en: 'the file does not state the graduation date' } };
  } else if (!history || history.length === 0) {
    work = { ok: false, missing: { 'zh-CN': '未填写工作经历', en: 'the file shows no work history' } };
  } else {
    work = { ok: true, value: workMonthsSince(history, graduationDate, countUntil) };
  }

  return {
    education: educationFact,
    title,
    workSinceGraduation: work,
    graduationYear: isIsoDate(graduationDate) ? Number(graduationDate.slice(0, 4)) : undefined,
  };
}

/**
 * Months of work between graduation and the count date. Periods are merged first so two
 * jobs held at once are not counted twice; each merged stretch is measured in calendar
 * months and the leftover days of separate stretches are pooled, 30 days to a month.
 */
function workMonthsSince(history: unknown[], graduationDate: string, countUntil: string): number {
  const from = toDayNumber(graduationDate);
  const until = toDayNumber(countUntil);
  const spans: [number, number][] = [];
  for (const raw of history) {
    const period = obj(raw);
    if (!period || !isIsoDate(period.start)) continue;
    if (period.end !== undefined && !isIsoDate(period.end)) continue;
    const start = Math.max(toDayNumber(period.start), from);
    const end = Math.min(period.end === undefined ? until : toDayNumber(period.end as string), until);
    if (end >= start) spans.push([start, end]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1] + 1) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  let months = 0;
  let days = 0;
  for (const [start, end] of merged) {
    const diff = monthsThrough(fromDayNumber(start), fromDayNumber(end));
    months += diff.months;
    days += diff.days;
  }
  return months + Math.floor(days / 30);
}

// ---------------------------------------------------------------------------------------
// Rules

interface RouteCheck {
  route: EligibilityRoute;
  passed: boolean;
  finding: LocalizedText;
}

function checkRoute(route: EligibilityRoute, facts: Facts): RouteCheck {
  if (!facts.education.ok) return { route, passed: false, finding: facts.education.missing };
  const edu = EDUCATION_NAMES[facts.education.value];
  if (!route.education.includes(facts.education.value)) {
    return { route, passed: false, finding: { 'zh-CN': `申报材料显示学历为${edu['zh-CN']}`, en: `the file shows ${edu.en}` } };
  }
  const x = route.experience;
  switch (x.kind) {
    case 'none':
      return { route, passed: true, finding: { 'zh-CN': `申报材料显示学历为${edu['zh-CN']}`, en: `the file shows ${edu.en}` } };
    case 'holding_title': {
      if (!facts.title.ok) return { route, passed: false, finding: facts.title.missing };
      const held = facts.title.value;
      if (held.level !== x.titleLevel) {
        return {
          route,
          passed: false,
          finding: {
            'zh-CN': `申报材料显示现有职称为${TITLE_NAMES[held.level]['zh-CN']}，而非${TITLE_NAMES[x.titleLevel]['zh-CN']}`,
            en: `the file shows ${titleEn(held.level)}, not ${titleEn(x.titleLevel)}`,
          },
        };
      }
      return {
        route,
        passed: held.months >= x.years * 12,
        finding: {
          'zh-CN': `申报材料显示学历为${edu['zh-CN']}，取得${TITLE_NAMES[held.level]['zh-CN']}职称${formatDurationZh(held.months)}`,
          en: `the file shows ${edu.en} and ${formatDurationEn(held.months)} holding ${titleEn(held.level)}`,
        },
      };
    }
    case 'work_since_graduation': {
      if (!facts.workSinceGraduation.ok) return { route, passed: false, finding: facts.workSinceGraduation.missing };
      const months = facts.workSinceGraduation.value;
      return {
        route,
        passed: months >= x.years * 12,
        finding: {
          'zh-CN': `申报材料显示学历为${edu['zh-CN']}，毕业后工作${formatDurationZh(months)}`,
          en: `the file shows ${edu.en} and ${formatDurationEn(months)} of work since graduation`,
        },
      };
    }
  }
}

function summariseFacts(levelPolicy: LevelPolicy, facts: Facts): LocalizedText {
  const zh: string[] = [];
  const en: string[] = [];
  if (facts.education.ok) {
    zh.push(`学历：${EDUCATION_NAMES[facts.education.value]['zh-CN']}`);
    en.push(`education: ${EDUCATION_NAMES[facts.education.value].en}`);
  } else {
    zh.push(facts.education.missing['zh-CN']);
    en.push(facts.education.missing.en);
  }
  const kinds = new Set(levelPolicy.routes.map((r) => r.experience.kind));
  if (kinds.has('holding_title')) {
    if (facts.title.ok) {
      zh.push(`取得${TITLE_NAMES[facts.title.value.level]['zh-CN']}职称${formatDurationZh(facts.title.value.months)}`);
      en.push(`${formatDurationEn(facts.title.value.months)} holding ${titleEn(facts.title.value.level)}`);
    } else {
      zh.push(facts.title.missing['zh-CN']);
      en.push(facts.title.missing.en);
    }
  }
  if (kinds.has('work_since_graduation')) {
    if (facts.workSinceGraduation.ok) {
      zh.push(`毕业后工作${formatDurationZh(facts.workSinceGraduation.value)}`);
      en.push(`${formatDurationEn(facts.workSinceGraduation.value)} of work since graduation`);
    } else {
      zh.push(facts.workSinceGraduation.missing['zh-CN']);
      en.push(facts.workSinceGraduation.missing.en);
    }
  }
  return { 'zh-CN': zh.join('；'), en: en.join('; ') };
}

function educationYearsRule(levelPolicy: LevelPolicy, facts: Facts): RuleResult {
  const found = summariseFacts(levelPolicy, facts);
  const checks = levelPolicy.routes.map((route) => checkRoute(route, facts));
  const met = checks.find((c) => c.passed);
  if (met) {
    const route = routeText(met.route);
    return {
      code: ELIG_EDUCATION_YEARS,
      passed: true,
      required: route,
      found,
      explanation: {
        'zh-CN': `符合“${route['zh-CN']}”条件：${met.finding['zh-CN']}。`,
        en: `Route "${route.en}" is met: ${met.finding.en}.`,
      },
      metBy: met.route.key,
    };
  }
  const texts = levelPolicy.routes.map(routeText);
  return {
    code: ELIG_EDUCATION_YEARS,
    passed: false,
    required: { 'zh-CN': texts.map((t) => t['zh-CN']).join('；或'), en: texts.map((t) => t.en).join('; or ') },
    found,
    explanation: {
      'zh-CN':
        `不符合任一学历资历条件：` +
        checks.map((c, i) => `（${i + 1}）要求${texts[i]['zh-CN']}，${c.finding['zh-CN']}。`).join(''),
      en:
        (checks.length === 1 ? 'The route is not met: ' : `None of the ${checks.length} routes is met: `) +
        checks.map((c, i) => `(${i + 1}) ${texts[i].en} required; ${c.finding.en}.`).join(' '),
    },
  };
}

/** The rule over the given years, in the words both the evaluator and the home page use. */
function continuingEducationRequiredText(rule: ContinuingEducationRule, years: number[]): LocalizedText {
  const share = `${rule.minProfessionalShare.numerator}/${rule.minProfessionalShare.denominator}`;
  return {
    'zh-CN': `${years.join('、')}年每年继续教育不少于${rule.minHoursPerYear}学时，其中专业科目不少于${share}`,
    en: `at least ${rule.minHoursPerYear} hours of continuing education in each of ${years.join(', ')}, at least ${share} of them professional`,
  };
}

/** The last N full calendar years before the count date (a count date of 31 Dec completes its own year). */
export function countedContinuingEducationYears(countUntil: string, n: number): number[] {
  const year = Number(countUntil.slice(0, 4));
  const lastFull = countUntil.endsWith('-12-31') ? year : year - 1;
  const years: number[] = [];
  for (let y = lastFull - n + 1; y <= lastFull; y++) years.push(y);
  return years;
}

function continuingEducationRule(rule: ContinuingEducationRule, data: PlainObject, facts: Facts, countUntil: string): RuleResult {
  const code = ELIG_CONTINUING_EDUCATION;
  let years = countedContinuingEducationYears(countUntil, rule.countedYears);
  const excluded = rule.excludeYearsUntilGraduation && facts.graduationYear !== undefined;
  if (excluded) years = years.filter((y) => y > facts.graduationYear!);
  const { numerator, denominator } = rule.minProfessionalShare;
  const share = `${numerator}/${denominator}`;
  const required = continuingEducationRequiredText(rule, years);

  if (years.length === 0) {
    const note: LocalizedText = {
      'zh-CN': `毕业（${facts.graduationYear}年）后尚无需计算的年度`,
      en: `no year counts yet (graduated in ${facts.graduationYear})`,
    };
    return {
      code,
      passed: true,
      required: { 'zh-CN': '无需计算的年度', en: 'no counted year' },
      found: note,
      explanation: { 'zh-CN': `继续教育要求不适用：${note['zh-CN']}。`, en: `Continuing education does not apply: ${note.en}.` },
    };
  }

  if (!Array.isArray(data.continuingEducation)) {
    const missing: LocalizedText = { 'zh-CN': '未填写继续教育记录', en: 'the file has no continuing-education records' };
    return {
      code,
      passed: false,
      required,
      found: missing,
      explanation: { 'zh-CN': `要求${required['zh-CN']}；${missing['zh-CN']}。`, en: `${capitalise(required.en)} required; ${missing.en}.` },
    };
  }

  const byYear = new Map<number, { total: number; professional: number }>();
  for (const raw of data.continuingEducation) {
    const entry = obj(raw);
    // Duplicate years are a field error (CE_YEAR_DUPLICATE); the first entry is the one judged.
    if (!entry || !finite(entry.year) || byYear.has(entry.year)) continue;
    const total = finite(entry.totalHours) ? entry.totalHours : 0;
    const professional = finite(entry.professionalHours) ? Math.min(entry.professionalHours, total) : 0;
    byYear.set(entry.year, { total, professional });
  }

  const zh: string[] = [];
  const en: string[] = [];
  const shortZh: string[] = [];
  const shortEn: string[] = [];
  let missingYear = false;
  for (const y of years) {
    const entry = byYear.get(y);
    if (!entry) {
      // `found` already says so; the shortfall list names only what `found` does not make plain.
      zh.push(`${y}年：无记录`);
      en.push(`${y}: no record`);
      missingYear = true;
      continue;
    }
    zh.push(`${y}年：${entry.total}学时（专业${entry.professional}学时）`);
    en.push(`${y}: ${entry.total} h (${entry.professional} professional)`);
    if (entry.total < rule.minHoursPerYear) {
      shortZh.push(`${y}年不足${rule.minHoursPerYear}学时`);
      shortEn.push(`${y} is below ${rule.minHoursPerYear} hours`);
    } else if (entry.professional * denominator < entry.total * numerator) {
      shortZh.push(`${y}年专业科目不足${share}`);
      shortEn.push(`${y} has less than ${share} professional`);
    }
  }
  const found: LocalizedText = { 'zh-CN': zh.join('；'), en: en.join('; ') };
  const passed = shortEn.length === 0 && !missingYear;
  const shortfall = shortEn.length === 0 ? { 'zh-CN': '', en: '' } : { 'zh-CN': `（${shortZh.join('，')}）`, en: ` (${shortEn.join(', ')})` };
  return {
    code,
    passed,
    required,
    found,
    explanation: passed
      ? { 'zh-CN': `符合要求：${required['zh-CN']}；申报材料显示${found['zh-CN']}。`, en: `Met: ${required.en}; the file shows ${found.en}.` }
      : {
          'zh-CN': `要求${required['zh-CN']}；申报材料显示${found['zh-CN']}${shortfall['zh-CN']}。`,
          en: `${capitalise(required.en)} required; the file shows ${found.en}${shortfall.en}.`,
        },
  };
}

const SCALE_NAMES: Record<string, LocalizedText> = {
  national: { 'zh-CN': '国家级', en: 'national' },
  provincial: { 'zh-CN': '省部级', en: 'provincial' },
  municipal: { 'zh-CN': '市级', en: 'municipal' },
  enterprise: { 'zh-CN': '企业级', en: 'enterprise' },
  industry: { 'zh-CN': '行业', en: 'industry' },
};

const ROLE_NAMES: Record<string, LocalizedText> = {
  lead: { 'zh-CN': '主持', en: 'lead' },
  core: { 'zh-CN': '核心成员', en: 'core' },
  member: { 'zh-CN': '参与', en: 'member' },
};

const PATENT_NAMES: Record<string, LocalizedText> = {
  design: { 'zh-CN': '外观设计', en: 'design' },
  utility: { 'zh-CN': '实用新型', en: 'utility model' },
  invention: { 'zh-CN': '发明', en: 'invention' },
};

function names(keys: readonly string[], table: Record<string, LocalizedText>): { zh: string; en: string } {
  return {
    zh: orListZh(keys.map((k) => table[k]?.['zh-CN'] ?? k)),
    en: orListEn(keys.map((k) => table[k]?.en ?? k)),
  };
}

function achievementText(rule: AchievementRule): LocalizedText {
  switch (rule.kind) {
    case 'key_projects': {
      const roles = names(rule.roles, ROLE_NAMES);
      const scales = names(rule.scales, SCALE_NAMES);
      const key = rule.keyProjectsOnly ? { zh: '重点', en: 'key ' } : { zh: '', en: '' };
      return {
        'zh-CN': `以${roles.zh}身份承担${scales.zh}${key.zh}设计项目${rule.minCount}项`,
        en: `${roles.en} role in ${rule.minCount} ${key.en}design ${rule.minCount === 1 ? 'project' : 'projects'} at ${scales.en} level`,
      };
    }
    case 'appraised_products': {
      const levels = names(rule.levels, SCALE_NAMES);
      return {
        'zh-CN': `${rule.minCount}项以上产品通过${levels.zh}鉴定`,
        en: `${plural(rule.minCount, 'product', 'products')} appraised at ${levels.en} level`,
      };
    }
    case 'product_sales': {
      const roles = names(rule.roles, ROLE_NAMES);
      return {
        'zh-CN': `以${roles.zh}身份设计的产品有${rule.minYears}年以上年销售额达到${yuanZh(rule.minAnnualYuan)}`,
        en: `${roles.en} designer of products with annual sales of at least ${yuanEn(rule.minAnnualYuan)} in ${plural(rule.minYears, 'year', 'years')}`,
      };
    }
    case 'awards': {
      const levels = names(rule.levels, SCALE_NAMES);
      return {
        'zh-CN': `获得${levels.zh}奖项${rule.minCount}项`,
        en: `${plural(rule.minCount, 'award', 'awards')} at ${levels.en} level`,
      };
    }
    case 'patents': {
      const kinds = names(rule.kinds, PATENT_NAMES);
      return {
        'zh-CN': `获得${kinds.zh}专利${rule.minCount}项`,
        en: `${plural(rule.minCount, kinds.en + ' patent', kinds.en + ' patents')}`,
      };
    }
  }
}

function items(achievements: PlainObject, key: string): PlainObject[] {
  const value = achievements[key];
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

function includes(list: readonly string[], value: unknown): boolean {
  return typeof value === 'string' && list.includes(value);
}

/** How much of the rule the file shows, in the rule's own unit, and the threshold. */
function measureAchievement(rule: AchievementRule, achievements: PlainObject): { count: number; needed: number } {
  switch (rule.kind) {
    case 'key_projects':
      return {
        needed: rule.minCount,
        count: items(achievements, 'projects').filter(
          (p) => includes(rule.roles, p.role) && includes(rule.scales, p.scale) && (!rule.keyProjectsOnly || p.keyProject === true),
        ).length,
      };
    case 'appraised_products':
      return { needed: rule.minCount, count: items(achievements, 'products').filter((p) => includes(rule.levels, p.appraisedLevel)).length };
    case 'product_sales': {
      const perYear = new Map<number, number>();
      for (const product of items(achievements, 'products')) {
        if (!includes(rule.roles, product.role) || !Array.isArray(product.annualSalesYuan)) continue;
        const seen = new Set<number>();
        for (const raw of product.annualSalesYuan) {
          const sales = obj(raw);
          if (!sales || !finite(sales.year) || !finite(sales.amount) || seen.has(sales.year)) continue;
          seen.add(sales.year);
          perYear.set(sales.year, (perYear.get(sales.year) ?? 0) + sales.amount);
        }
      }
      return { needed: rule.minYears, count: [...perYear.values()].filter((total) => total >= rule.minAnnualYuan).length };
    }
    case 'awards':
      return { needed: rule.minCount, count: items(achievements, 'awards').filter((a) => includes(rule.levels, a.level)).length };
    case 'patents':
      return { needed: rule.minCount, count: items(achievements, 'patents').filter((p) => includes(rule.kinds, p.kind)).length };
  }
}

function achievementsRequiredText(rules: AchievementRule[]): LocalizedText {
  const texts = rules.map(achievementText);
  return {
    'zh-CN': `至少具备以下一项：${texts.map((t) => t['zh-CN']).join('；')}`,
    en: `at least one of: ${texts.map((t) => t.en).join('; ')}`,
  };
}

function achievementRule(rules: AchievementRule[], data: PlainObject): RuleResult {
  const code = ELIG_ACHIEVEMENT;
  const texts = rules.map(achievementText);
  const required = achievementsRequiredText(rules);
  const achievements = obj(data.achievements);
  if (!achievements) {
    const missing: LocalizedText = { 'zh-CN': '未填写业绩成果', en: 'the file has no achievements section' };
    return {
      code,
      passed: false,
      required,
      found: missing,
      explanation: { 'zh-CN': `要求${required['zh-CN']}；${missing['zh-CN']}。`, en: `${capitalise(required.en)} required; ${missing.en}.` },
    };
  }
  const measured = rules.map((rule) => measureAchievement(rule, achievements));
  const found: LocalizedText = {
    'zh-CN': measured.map((m, i) => `${texts[i]['zh-CN']}：${m.count}/${m.needed}`).join('；'),
    en: measured.map((m, i) => `${texts[i].en}: ${m.count} of ${m.needed}`).join('; '),
  };
  const metIndex = measured.findIndex((m) => m.count >= m.needed);
  if (metIndex >= 0) {
    const m = measured[metIndex];
    return {
      code,
      passed: true,
      required,
      found,
      explanation: {
        'zh-CN': `符合“${texts[metIndex]['zh-CN']}”：申报材料显示${m.count}（要求${m.needed}）。`,
        en: `Met "${texts[metIndex].en}": the file shows ${m.count} (${m.needed} required).`,
      },
      metBy: rules[metIndex].key,
    };
  }
  return {
    code,
    passed: false,
    required,
    found,
    explanation: {
      'zh-CN': `不具备任一业绩条件。要求${required['zh-CN']}；申报材料显示${found['zh-CN']}。`,
      en: `No qualifying achievement. ${capitalise(required.en)} required; the file shows ${found.en}.`,
    },
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function exceptionalRequiredText(policy: ExceptionalRoutePolicy): LocalizedText {
  const title = TITLE_NAMES[policy.recommenderTitleLevel];
  return {
    'zh-CN': `${policy.minRecommenders}名具有${title['zh-CN']}职称的专家推荐`,
    en: `${plural(policy.minRecommenders, 'recommending expert', 'recommending experts')} holding ${titleEn(policy.recommenderTitleLevel)}`,
  };
}

function exceptionalRule(policy: ExceptionalRoutePolicy, data: PlainObject): RuleResult {
  const code = ELIG_EXCEPTIONAL_RECOMMENDERS;
  const required = exceptionalRequiredText(policy);
  const listed = Array.isArray(data.recommenders) ? data.recommenders.filter(isPlainObject) : [];
  if (listed.length === 0) {
    const missing: LocalizedText = { 'zh-CN': '未填写推荐专家', en: 'the file names no recommending experts' };
    return {
      code,
      passed: false,
      required,
      found: missing,
      explanation: { 'zh-CN': `破格申报要求${required['zh-CN']}；${missing['zh-CN']}。`, en: `Exceptional route: ${required.en} required; ${missing.en}.` },
    };
  }
  // The same expert listed twice is one recommendation, not two.
  const qualifying = new Set(
    listed
      .filter((r) => r.titleLevel === policy.recommenderTitleLevel && typeof r.name === 'string' && r.name.trim() !== '')
      .map((r) => (r.name as string).trim()),
  ).size;
  const found: LocalizedText = {
    'zh-CN': `推荐专家${listed.length}名，其中具有${TITLE_NAMES[policy.recommenderTitleLevel]['zh-CN']}职称的${qualifying}名`,
    en: `${plural(listed.length, 'recommender', 'recommenders')}, ${qualifying} of them holding ${titleEn(policy.recommenderTitleLevel)}`,
  };
  const passed = qualifying >= policy.minRecommenders;
  return {
    code,
    passed,
    required,
    found,
    explanation: passed
      ? { 'zh-CN': `破格推荐符合要求：${found['zh-CN']}。`, en: `Exceptional route recommendation met: the file shows ${found.en}.` }
      : {
          'zh-CN': `破格申报要求${required['zh-CN']}；申报材料显示${found['zh-CN']}。`,
          en: `Exceptional route: ${required.en} required; the file shows ${found.en}.`,
        },
  };
}

/**
 * Evaluates the eligibility rules of `policy` for one application. Pure and total: any
 * shape of `data` yields results; only an invalid `countUntil` (a system value) throws.
 */
export function evaluateEligibility(input: EligibilityInput): EligibilityOutcome {
  const { policy, level, countUntil, exceptionalRoute } = input;
  if (!isIsoDate(countUntil)) throw new RangeError(`countUntil must be YYYY-MM-DD, got ${countUntil}`);
  const data = obj(input.data) ?? {};
  const levelPolicy = policy.levels[level];
  if (!levelPolicy) {
    const levelName = TITLE_NAMES[level] ?? { 'zh-CN': String(level), en: String(level) };
    return {
      eligible: false,
      exceptionalRoute,
      requiresAdminConfirmation: exceptionalRoute,
      results: [
        {
          code: ELIG_LEVEL_NOT_OFFERED,
          passed: false,
          required: { 'zh-CN': '本批次受理的级别', en: 'a level this policy offers' },
          found: levelName,
          explanation: {
            'zh-CN': `本评审政策未设置${levelName['zh-CN']}的申报条件。`,
            en: `This policy has no conditions for the ${levelName.en} level.`,
          },
        },
      ],
    };
  }

  const facts = readFacts(data, countUntil);
  const education = educationYearsRule(levelPolicy, facts);
  const others: RuleResult[] = [];
  if (policy.continuingEducation) others.push(continuingEducationRule(policy.continuingEducation, data, facts, countUntil));
  if (levelPolicy.achievements && levelPolicy.achievements.length > 0) others.push(achievementRule(levelPolicy.achievements, data));
  const othersPass = others.every((r) => r.passed);

  if (!exceptionalRoute) {
    return { eligible: education.passed && othersPass, exceptionalRoute, requiresAdminConfirmation: false, results: [education, ...others] };
  }
  // Exceptional files stand on the recommendations instead of education/years; the
  // education result is still reported so the admin sees what is being waived.
  const exceptional = exceptionalRule(policy.exceptionalRoute, data);
  return {
    eligible: exceptional.passed && othersPass,
    exceptionalRoute,
    requiresAdminConfirmation: true,
    results: [education, exceptional, ...others],
  };
}

/** A level's conditions in words, for people deciding whether to apply (the public home page). */
export interface LevelRequirementsText {
  /** Education and experience routes; any one suffices. */
  routes: LocalizedText[];
  /** The achievement condition (at least one of…), or null when the level has none. */
  achievements: LocalizedText | null;
}

/** The policy-wide conditions in words. */
export interface PolicyRequirementsText {
  /** null when the policy switches the rule off. */
  continuingEducation: LocalizedText | null;
  /** What the exceptional route (破格) asks instead of education and years. */
  exceptionalRoute: LocalizedText;
}

/**
 * The conditions a policy sets for a level, worded by the same functions that word the
 * evaluator's `required` texts, so the home page and the eligibility panel never disagree.
 * null when the policy does not offer the level.
 */
export function describeLevelRequirements(policy: EligibilityPolicy, level: TitleLevel): LevelRequirementsText | null {
  const levelPolicy = policy.levels[level];
  if (!levelPolicy) return null;
  const achievements = levelPolicy.achievements && levelPolicy.achievements.length > 0 ? achievementsRequiredText(levelPolicy.achievements) : null;
  return { routes: levelPolicy.routes.map(routeText), achievements };
}

/**
 * `countUntil` is the cycle's count date (its window close, Shanghai date): the continuing-education
 * text names the very years the evaluator checks ("申报前N年" read as the N years before today, which
 * is not what is counted when the window closes on 31 December).
 */
export function describePolicyRequirements(policy: EligibilityPolicy, countUntil: string): PolicyRequirementsText {
  const rule = policy.continuingEducation;
  return {
    continuingEducation: rule ? continuingEducationRequiredText(rule, countedContinuingEducationYears(countUntil, rule.countedYears)) : null,
    exceptionalRoute: exceptionalRequiredText(policy.exceptionalRoute),
  };
}
