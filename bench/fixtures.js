// Form data for the bench's applications. completeFormData() mirrors
// libs/testing/src/application-fixtures.ts (the e2e suite's "complete valid file per
// level"), which is TypeScript outside the production build. If the default forms change,
// the bench's submit pre-flight fails and prints the problems the API reports: update
// both together.
'use strict';

/** The title a level's default route asks the applicant to hold (bachelor + years holding it). */
const TITLE_HELD = {
  intermediate: 'assistant',
  associate_senior: 'intermediate',
  full_senior: 'associate_senior',
};

/** The identity number of the fixture; the portal keeps it sealed in its own column, not in `data`. */
const DOCUMENT_NUMBER = '500103198805124713';

/** A complete file that meets the default eligibility policy for the level. */
function completeFormData(level, options = {}) {
  const held = TITLE_HELD[level];
  const thisYear = new Date().getUTCFullYear();
  const continuingEducation = [];
  for (let year = thisYear - 6; year <= thisYear; year++) continuingEducation.push({ year, totalHours: 100, professionalHours: 80 });
  return {
    identity: {
      fullName: options.fullName ?? '陈设计',
      documentType: 'resident_id',
      documentNumber: DOCUMENT_NUMBER,
      gender: 'male',
      birthDate: '1988-05-12',
      mobile: '13800138000',
      email: 'chen@example.com',
    },
    employer: { name: '重庆某工业设计有限公司', creditCode: '91500103PB3LWF6F87', regionCode: options.regionCode ?? '500103', type: 'enterprise_private' },
    education:
      level === 'assistant'
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

/** What the portal stores in applications.data: the form without the identity number. */
function storedFormData(level, options = {}) {
  const data = completeFormData(level, options);
  delete data.identity.documentNumber;
  return data;
}

module.exports = { completeFormData, storedFormData, DOCUMENT_NUMBER };
