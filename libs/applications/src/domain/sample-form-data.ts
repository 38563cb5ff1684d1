import type { TitleLevel } from './form-data';

/** The title a level's default route asks the applicant to hold (bachelor + years holding it). */
const TITLE_HELD: Partial<Record<TitleLevel, TitleLevel>> = {
  intermediate: 'assistant',
  associate_senior: 'intermediate',
  full_senior: 'associate_senior',
};

/**
 * A complete application file that meets the default eligibility policy for the level:
 * the reference "valid file" for the end-to-end tests and the benchmarks (and a model
 * for anyone filling in the form through the API).
 */
export function sampleFormData(level: TitleLevel, options: { regionCode?: string; fullName?: string; documentNumber?: string } = {}): Record<string, unknown> {
  const held = TITLE_HELD[level];
  const thisYear = new Date().getUTCFullYear();
  const continuingEducation = [];
  for (let year = thisYear - 6; year <= thisYear; year++) continuingEducation.push({ year, totalHours: 100, professionalHours: 80 });
  return {
    identity: {
      fullName: options.fullName ?? '陈设计',
      documentType: 'resident_id',
      // One person, one account: a second account submitting this number is refused; born 1988-05-12 whatever the number.
      documentNumber: options.documentNumber ?? '500103198805124713',
      gender: 'male',
      birthDate: '1988-05-12',
      mobile: '13800138000',
      email: 'chen@example.com',
    },
    employer: { name: '重庆某工业设计有限公司', creditCode: '91500103PB3LWF6F87', regionCode: options.regionCode ?? '500103', type: 'enterprise_private' },
    education: level === 'assistant'
      ? { level: 'master', school: '重庆大学', major: '工业设计', graduationDate: '2012-07-01' }
      : { level: 'bachelor', school: '重庆大学', major: '工业设计', graduationDate: '2010-07-01' },
    ...(held ? { currentTitle: { level: held, series: 'engineering', obtainedOn: '2015-12-01', certificateNumber: 'CQ-2015-001' } } : {}),
    workHistory: [{ employer: '重庆某工业设计有限公司', position: '设计师', start: '2010-07-15' }],
    achievements: {
      projects: [{ name: '智能家电外观设计', role: 'lead', scale: 'provincial', keyProject: true, start: '2019-01-01', end: '2020-06-30' }],
      products: [],
      awards: [],
      patents: [{ kind: 'design', number: 'ZL201930000000.1', title: '外观设计' }],
      publications: [],
    },
    continuingEducation,
  };
}

