import { DEFAULT_SPECIALTY_LABELS } from '@app/common';
import {
  APPRAISAL_LEVELS,
  AWARD_LEVELS,
  DOCUMENT_TYPES,
  EDUCATION_LEVELS,
  EMPLOYER_TYPES,
  GENDERS,
  PATENT_KINDS,
  PROJECT_ROLES,
  PROJECT_SCALES,
  TITLE_LEVELS,
  TitleLevel,
} from './form-data';
import { LocalizedText, text } from './localized-text';

export type JsonSchema = { [keyword: string]: unknown };

export const LEVELS: readonly TitleLevel[] = TITLE_LEVELS;

export interface Specialty {
  key: string;
  label: LocalizedText;
}

/** Seed list only: the live list is configurable and stored by the portal. */
export const SPECIALTIES: readonly Specialty[] = Object.entries(DEFAULT_SPECIALTY_LABELS).map(([key, label]) => ({ key, label: { ...label } }));

export interface UiSectionHint {
  key: string;
  /** JSON pointer into the schema, e.g. /properties/identity. */
  pointer: string;
  /** JSON pointer into the form data, e.g. /identity; lets the UI file field errors under a section. */
  dataPointer: string;
  order: number;
  label: LocalizedText;
  help: LocalizedText;
}

export interface UiHints {
  sections: UiSectionHint[];
}

export interface DefaultForm {
  schema: JsonSchema;
  uiHints: UiHints;
}

/**
 * Schema pointers the eligibility rules and domain checks read. A form version that lacks
 * any of them cannot be published (domain.md §5: admins may add fields, not remove these).
 */
export const CORE_SECTION_POINTERS: readonly string[] = [
  '/properties/identity',
  '/properties/identity/properties/fullName',
  '/properties/identity/properties/documentType',
  '/properties/identity/properties/documentNumber',
  '/properties/identity/properties/gender',
  '/properties/identity/properties/birthDate',
  '/properties/identity/properties/mobile',
  '/properties/identity/properties/email',
  '/properties/employer',
  '/properties/employer/properties/name',
  '/properties/employer/properties/creditCode',
  '/properties/employer/properties/regionCode',
  '/properties/employer/properties/type',
  '/properties/education',
  '/properties/education/properties/level',
  '/properties/education/properties/school',
  '/properties/education/properties/major',
  '/properties/education/properties/graduationDate',
  '/properties/currentTitle',
  '/properties/currentTitle/properties/level',
  '/properties/currentTitle/properties/obtainedOn',
  '/properties/workHistory',
  '/properties/workHistory/items/properties/start',
  '/properties/workHistory/items/properties/end',
  '/properties/achievements',
  '/properties/achievements/properties/projects',
  '/properties/achievements/properties/projects/items/properties/role',
  '/properties/achievements/properties/projects/items/properties/scale',
  '/properties/achievements/properties/projects/items/properties/keyProject',
  '/properties/achievements/properties/products',
  '/properties/achievements/properties/products/items/properties/role',
  '/properties/achievements/properties/products/items/properties/appraisedLevel',
  '/properties/achievements/properties/products/items/properties/annualSalesYuan',
  '/properties/achievements/properties/awards',
  '/properties/achievements/properties/awards/items/properties/level',
  '/properties/achievements/properties/patents',
  '/properties/achievements/properties/publications',
  '/properties/continuingEducation',
  '/properties/continuingEducation/items/properties/year',
  '/properties/continuingEducation/items/properties/totalHours',
  '/properties/continuingEducation/items/properties/professionalHours',
  '/properties/recommenders',
  '/properties/recommenders/items/properties/titleLevel',
];

function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function resolveSchemaPointer(schema: unknown, pointer: string): unknown {
  if (pointer === '') return schema;
  let node: unknown = schema;
  for (const raw of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    const token = unescapePointerToken(raw);
    if (!Object.prototype.hasOwnProperty.call(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** Core pointers the schema lacks; empty when the form version may be published. */
export function missingCoreSections(schema: unknown): string[] {
  return CORE_SECTION_POINTERS.filter((pointer) => {
    const node = resolveSchemaPointer(schema, pointer);
    return node === undefined || node === false;
  });
}

const SENIOR_LEVELS: ReadonlySet<TitleLevel> = new Set<TitleLevel>(['associate_senior', 'full_senior']);

const string = (maxLength: number): JsonSchema => ({ type: 'string', minLength: 1, maxLength });
const date: JsonSchema = { type: 'string', format: 'date' };
const year: JsonSchema = { type: 'integer', minimum: 1900, maximum: 2100 };
const enumOf = (values: readonly string[]): JsonSchema => ({ type: 'string', enum: [...values] });

function object(properties: Record<string, JsonSchema>, required: string[]): JsonSchema {
  return { type: 'object', properties, required, additionalProperties: false };
}

function array(items: JsonSchema, maxItems: number, minItems = 0): JsonSchema {
  const schema: JsonSchema = { type: 'array', items, maxItems };
  if (minItems > 0) schema.minItems = minItems;
  return schema;
}

/**
 * The default form for a level: a complete JSON Schema 2020-12 plus section hints.
 * Identifier formats (resident ID, credit code, mobile, region code) are left to the
 * domain checks in field-rules.ts, not schema patterns, so one bad value yields one
 * error with a precise code (e.g. CHECKSUM) instead of a generic pattern failure too.
 */
export function buildDefaultForm(level: TitleLevel): DefaultForm {
  const senior = SENIOR_LEVELS.has(level);

  const identity = object(
    {
      fullName: string(100),
      documentType: enumOf(DOCUMENT_TYPES),
      documentNumber: string(32),
      gender: enumOf(GENDERS),
      birthDate: date,
      mobile: string(20),
      email: { type: 'string', format: 'email', maxLength: 254 },
    },
    ['fullName', 'documentType', 'documentNumber', 'gender', 'birthDate', 'mobile', 'email'],
  );

  const employer = object(
    {
      name: string(200),
      creditCode: string(18),
      regionCode: string(6),
      type: enumOf(EMPLOYER_TYPES),
    },
    ['name', 'creditCode', 'regionCode', 'type'],
  );

  const education = object(
    {
      level: enumOf(EDUCATION_LEVELS),
      school: string(200),
      major: string(200),
      graduationDate: date,
    },
    ['level', 'school', 'major', 'graduationDate'],
  );

  const currentTitle = object(
    {
      level: enumOf(TITLE_LEVELS),
      series: string(100),
      obtainedOn: date,
      certificateNumber: string(64),
    },
    ['level', 'series', 'obtainedOn', 'certificateNumber'],
  );

  const workPeriod = object(
    { employer: string(200), position: string(100), start: date, end: date },
    ['employer', 'position', 'start'],
  );

  const project = object(
    {
      name: string(200),
      role: enumOf(PROJECT_ROLES),
      scale: enumOf(PROJECT_SCALES),
      keyProject: { type: 'boolean' },
      start: date,
      end: date,
    },
    ['name', 'role', 'scale', 'keyProject', 'start'],
  );

  const product = object(
    {
      name: string(200),
      marketedOn: date,
      role: enumOf(PROJECT_ROLES),
      appraisedLevel: enumOf(APPRAISAL_LEVELS),
      annualSalesYuan: array(object({ year, amount: { type: 'number', minimum: 0 } }, ['year', 'amount']), 50),
    },
    ['name', 'marketedOn'],
  );

  const achievements = object(
    {
      projects: array(project, 50),
      products: array(product, 50),
      awards: array(object({ name: string(200), level: enumOf(AWARD_LEVELS), year }, ['name', 'level', 'year']), 50),
      patents: array(
        object({ kind: enumOf(PATENT_KINDS), number: string(64), title: string(200) }, ['kind', 'number', 'title']),
        100,
      ),
      publications: array(object({ title: string(300), year }, ['title', 'year']), 100),
    },
    senior ? ['projects', 'products', 'awards', 'patents', 'publications'] : [],
  );

  const ceYear = object(
    {
      year,
      totalHours: { type: 'number', minimum: 0, maximum: 2000 },
      professionalHours: { type: 'number', minimum: 0, maximum: 2000 },
    },
    ['year', 'totalHours', 'professionalHours'],
  );

  const recommender = object(
    { name: string(100), titleLevel: enumOf(TITLE_LEVELS), employer: string(200) },
    ['name', 'titleLevel', 'employer'],
  );

  const required = ['identity', 'employer', 'education', 'workHistory', 'continuingEducation'];
  // Every senior route counts years holding a lower title and needs an achievement, so a
  // senior file without them is incomplete rather than merely ineligible.
  if (senior) required.push('currentTitle', 'achievements');

  const schema: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `Industrial design title application (${level})`,
    type: 'object',
    properties: {
      identity,
      employer,
      education,
      currentTitle,
      workHistory: array(workPeriod, 50, senior ? 1 : 0),
      achievements,
      continuingEducation: array(ceYear, 20, senior ? 1 : 0),
      recommenders: array(recommender, 10),
    },
    required,
    additionalProperties: false,
  };

  return { schema, uiHints: { sections: buildSectionHints() } };
}

function buildSectionHints(): UiSectionHint[] {
  const sections: [string, LocalizedText, LocalizedText][] = [
    ['identity', text('身份信息', 'Identity'), text('请与身份证件保持一致。', 'As shown on your identity document.')],
    [
      'employer',
      text('用人单位', 'Employer'),
      text('填写统一社会信用代码及单位所在地区。', "Give the employer's unified social credit code and region."),
    ],
    ['education', text('学历', 'Education'), text('填写最高学历。', 'Your highest education.')],
    [
      'currentTitle',
      text('现有职称', 'Current title'),
      text('如已取得职称请填写，并上传职称证书。', 'If you hold a title, give it and upload its certificate.'),
    ],
    [
      'workHistory',
      text('工作经历', 'Work history'),
      text('按时间顺序填写，当前工作无需填写结束日期。', 'In date order; leave the end date empty for your current job.'),
    ],
    [
      'achievements',
      text('业绩成果', 'Achievements'),
      text('设计项目、上市产品、获奖、专利及论著。', 'Design projects, products on the market, awards, patents and publications.'),
    ],
    [
      'continuingEducation',
      text('继续教育', 'Continuing education'),
      text('每年学时及其中专业科目学时。', 'Hours per year and how many of them were professional subjects.'),
    ],
    [
      'recommenders',
      text('破格推荐专家', 'Recommending experts'),
      text('仅破格申报填写：两名正高级职称专家。', 'Exceptional route only: two experts holding a full senior title.'),
    ],
  ];
  return sections.map(([key, label, help], index) => ({
    key,
    pointer: `/properties/${key}`,
    dataPointer: `/${key}`,
    order: (index + 1) * 10,
    label,
    help,
  }));
}
