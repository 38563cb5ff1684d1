import { isIsoDate, toDayNumber } from '@app/common';
import { FieldError } from './field-error';
import { isMobileForDocument, normaliseResidentId, normaliseUscc, ResidentIdFailure, UsccFailure, validateResidentId, validateUscc } from './identity-validators';
import { deepCloneJson, isPlainObject, PlainObject } from './json-objects';
import { LocalizedText, text } from './localized-text';
import { isListedRegion } from './districts';
import { isRegionCode, provinceName } from './regions';

export interface DomainCheckOptions {
  /** Today in Asia/Shanghai as YYYY-MM-DD; ongoing periods end today, and nothing may lie after it. */
  today: string;
  /**
   * How many days two jobs may overlap before it looks like an error. A month by default:
   * notice periods and handovers routinely overlap a little.
   */
  maxWorkOverlapDays?: number;
  /**
   * The host province (HostOffice.provinceCode): a region code inside it is the whole province
   * or one of its listed districts, since its district's sub-centre is matched on the exact code.
   */
  hostProvince?: string;
}

const DEFAULT_MAX_WORK_OVERLAP_DAYS = 31;

const ID_MESSAGES: Record<ResidentIdFailure, LocalizedText> = {
  LENGTH: text('身份证号码应为18位', 'A resident ID number has 18 characters'),
  FORMAT: text('身份证号码应为17位数字加1位校验码（数字或X）', 'A resident ID number is 17 digits and a check character (digit or X)'),
  CHECKSUM: text('身份证号码校验码不正确，请核对', 'The check character does not match; please check the number'),
  BIRTH_DATE_INVALID: text('身份证号码中的出生日期无效', 'The date of birth inside the number is not a valid date'),
  BIRTH_DATE_FUTURE: text('身份证号码中的出生日期晚于今天', 'The date of birth inside the number is in the future'),
  PROVINCE_UNKNOWN: text('身份证号码的地区代码不存在', 'The number starts with an unknown province code'),
};

const USCC_MESSAGES: Record<UsccFailure, LocalizedText> = {
  LENGTH: text('统一社会信用代码应为18位', 'A unified social credit code has 18 characters'),
  FORMAT: text('统一社会信用代码只能包含数字和字母（不含I、O、S、V、Z）', 'A unified social credit code uses digits and letters except I, O, S, V and Z'),
  CHECKSUM: text('统一社会信用代码校验码不正确，请核对', 'The check character does not match; please check the code'),
};

function obj(value: unknown): PlainObject | undefined {
  return isPlainObject(value) ? value : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Domain checks JSON Schema cannot express: check characters, cross-field consistency,
 * date order, overlaps. Runs on drafts too, so it checks only what is present and
 * ignores values of the wrong type (schema validation reports those).
 */
export function checkDomainFields(data: unknown, opts: DomainCheckOptions): FieldError[] {
  const errors: FieldError[] = [];
  const form = obj(data);
  if (!form) return errors;
  const today = opts.today;
  const maxOverlap = opts.maxWorkOverlapDays ?? DEFAULT_MAX_WORK_OVERLAP_DAYS;

  const notInFuture = (pointer: string, value: unknown) => {
    if (isIsoDate(value) && value > today) {
      errors.push({ pointer, code: 'DATE_IN_FUTURE', message: text('日期不能晚于今天', 'The date cannot be in the future') });
    }
  };

  const identity = obj(form.identity);
  if (identity) {
    notInFuture('/identity/birthDate', identity.birthDate);
    if (identity.documentType === 'resident_id' && nonEmptyString(identity.documentNumber)) {
      const result = validateResidentId(identity.documentNumber, today);
      if (!result.ok) {
        errors.push({ pointer: '/identity/documentNumber', code: `ID_NUMBER_${result.reason}`, message: ID_MESSAGES[result.reason] });
      } else if (isIsoDate(identity.birthDate) && identity.birthDate !== result.birthDate) {
        errors.push({
          pointer: '/identity/birthDate',
          code: 'ID_NUMBER_BIRTH_DATE_MISMATCH',
          message: text(
            `出生日期与身份证号码不一致（号码中为${result.birthDate}）`,
            `The date of birth does not match the resident ID number (which says ${result.birthDate})`,
          ),
        });
      }
    }
    // The number follows the document: a passport holder from Hong Kong or abroad has no mainland mobile.
    if (nonEmptyString(identity.mobile) && !isMobileForDocument(identity.mobile, identity.documentType)) {
      errors.push(
        identity.documentType === 'resident_id' || identity.documentType === undefined
          ? { pointer: '/identity/mobile', code: 'MOBILE_FORMAT', message: text('手机号码应为以1开头的11位数字', 'A mainland mobile number has 11 digits starting with 1') }
          : {
              pointer: '/identity/mobile',
              code: 'MOBILE_FORMAT_INTERNATIONAL',
              message: text('手机号码应为11位大陆手机号，或以+和国家/地区代码开头的国际号码（如 +852 9123 4567）', 'A mainland mobile (11 digits) or an international number starting with + and the country code (e.g. +852 9123 4567)'),
            },
      );
    }
  }

  const employer = obj(form.employer);
  if (employer) {
    if (nonEmptyString(employer.creditCode)) {
      const result = validateUscc(employer.creditCode);
      if (!result.ok) {
        errors.push({ pointer: '/employer/creditCode', code: `CREDIT_CODE_${result.reason}`, message: USCC_MESSAGES[result.reason] });
      }
    }
    if (nonEmptyString(employer.regionCode) && !isRegionCode(employer.regionCode)) {
      errors.push({
        pointer: '/employer/regionCode',
        code: 'REGION_CODE_UNKNOWN',
        message: text('地区代码不是有效的6位行政区划代码', 'Not a valid 6-digit administrative division code'),
      });
    } else if (nonEmptyString(employer.regionCode) && opts.hostProvince && !isListedRegion(opts.hostProvince, employer.regionCode)) {
      errors.push({
        pointer: '/employer/regionCode',
        code: 'REGION_CODE_UNKNOWN',
        message: text(
          `不是${provinceName(opts.hostProvince)?.['zh-CN'] ?? opts.hostProvince}的区县代码：请从列表中选择所在区县`,
          `Not a district or county of ${provinceName(opts.hostProvince)?.en ?? opts.hostProvince}: choose one from the list`,
        ),
      });
    }
  }

  const education = obj(form.education);
  const graduationDate = education?.graduationDate;
  if (education) {
    notInFuture('/education/graduationDate', graduationDate);
    if (identity && isIsoDate(identity.birthDate) && isIsoDate(graduationDate) && graduationDate <= identity.birthDate) {
      errors.push({ pointer: '/education/graduationDate', code: 'DATE_ORDER', message: text('毕业日期应晚于出生日期', 'The graduation date must be after the date of birth') });
    }
  }

  const currentTitle = obj(form.currentTitle);
  if (currentTitle) {
    notInFuture('/currentTitle/obtainedOn', currentTitle.obtainedOn);
    if (isIsoDate(currentTitle.obtainedOn) && isIsoDate(graduationDate) && currentTitle.obtainedOn < graduationDate) {
      errors.push({
        pointer: '/currentTitle/obtainedOn',
        code: 'DATE_ORDER',
        message: text('取得职称日期不能早于毕业日期', 'The title cannot have been obtained before the graduation date'),
      });
    }
  }

  checkWorkHistory(list(form.workHistory), today, maxOverlap, errors);

  const achievements = obj(form.achievements);
  if (achievements) checkAchievements(achievements, errors);

  checkContinuingEducation(list(form.continuingEducation), errors);
  return errors;
}

function endBeforeStart(pointer: string): FieldError {
  return { pointer, code: 'DATE_ORDER', message: text('结束日期不能早于开始日期', 'The end date cannot be before the start date') };
}

function checkWorkHistory(periods: unknown[], today: string, maxOverlap: number, errors: FieldError[]): void {
  const spans: { index: number; start: number; end: number }[] = [];
  periods.forEach((raw, index) => {
    const period = obj(raw);
    if (!period) return;
    for (const key of ['start', 'end']) {
      if (isIsoDate(period[key]) && (period[key] as string) > today) {
        errors.push({ pointer: `/workHistory/${index}/${key}`, code: 'DATE_IN_FUTURE', message: text('日期不能晚于今天', 'The date cannot be in the future') });
      }
    }
    if (!isIsoDate(period.start)) return;
    if (period.end !== undefined && !isIsoDate(period.end)) return;
    const end = period.end === undefined ? today : (period.end as string);
    if (end < period.start) {
      if (period.end !== undefined) errors.push(endBeforeStart(`/workHistory/${index}/end`));
      return;
    }
    spans.push({ index, start: toDayNumber(period.start), end: toDayNumber(end) });
  });

  for (let a = 0; a < spans.length; a++) {
    for (let b = a + 1; b < spans.length; b++) {
      const first = spans[a];
      const second = spans[b];
      // Both ends inclusive: a job ending 31 March and one starting 1 April do not overlap.
      const overlap = Math.min(first.end, second.end) - Math.max(first.start, second.start) + 1;
      if (overlap > maxOverlap) {
        errors.push({
          pointer: `/workHistory/${second.index}/start`,
          code: 'WORK_PERIODS_OVERLAP',
          message: text(
            `与第${first.index + 1}段工作经历重叠${overlap}天（最多允许${maxOverlap}天）`,
            `Overlaps work period ${first.index + 1} by ${overlap} days (at most ${maxOverlap} allowed)`,
          ),
        });
      }
    }
  }
}

function checkAchievements(achievements: PlainObject, errors: FieldError[]): void {
  list(achievements.projects).forEach((raw, index) => {
    const project = obj(raw);
    if (project && isIsoDate(project.start) && isIsoDate(project.end) && project.end < project.start) {
      errors.push(endBeforeStart(`/achievements/projects/${index}/end`));
    }
  });
  list(achievements.products).forEach((raw, index) => {
    const product = obj(raw);
    if (!product) return;
    const seen = new Set<number>();
    list(product.annualSalesYuan).forEach((rawSales, salesIndex) => {
      const year = obj(rawSales)?.year;
      if (!finite(year)) return;
      if (seen.has(year)) {
        errors.push({
          pointer: `/achievements/products/${index}/annualSalesYuan/${salesIndex}/year`,
          code: 'SALES_YEAR_DUPLICATE',
          message: text(`${year}年的销售额重复填写`, `Sales for ${year} are given more than once`),
        });
      }
      seen.add(year);
    });
  });
}

function checkContinuingEducation(years: unknown[], errors: FieldError[]): void {
  const seen = new Set<number>();
  years.forEach((raw, index) => {
    const entry = obj(raw);
    if (!entry) return;
    if (finite(entry.totalHours) && finite(entry.professionalHours) && entry.professionalHours > entry.totalHours) {
      errors.push({
        pointer: `/continuingEducation/${index}/professionalHours`,
        code: 'CE_PROFESSIONAL_EXCEEDS_TOTAL',
        message: text('专业科目学时不能超过总学时', 'Professional hours cannot exceed the total hours'),
      });
    }
    if (finite(entry.year)) {
      if (seen.has(entry.year)) {
        errors.push({
          pointer: `/continuingEducation/${index}/year`,
          code: 'CE_YEAR_DUPLICATE',
          message: text(`${entry.year}年已填写`, `${entry.year} is already listed`),
        });
      }
      seen.add(entry.year);
    }
  });
}

/**
 * Returns a copy with identifiers in their stored form (trimmed, upper-cased credit code,
 * upper-case X in a resident ID), so a lower-case entry is accepted and stored once.
 */
export function normaliseIdentifiers<T>(data: T): T {
  const copy = deepCloneJson(data);
  if (!isPlainObject(copy)) return copy;
  const identity = obj(copy.identity);
  if (identity && identity.documentType === 'resident_id' && typeof identity.documentNumber === 'string') {
    identity.documentNumber = normaliseResidentId(identity.documentNumber);
  }
  const employer = obj(copy.employer);
  if (employer && typeof employer.creditCode === 'string') employer.creditCode = normaliseUscc(employer.creditCode);
  return copy;
}
