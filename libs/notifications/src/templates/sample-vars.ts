import { buildLinkPath, linkPathVars, NOTIFICATION_TYPE_NAMES, NOTIFICATION_TYPES } from '../catalogue/notification-types';
import type { TemplateLocale } from './labels';
import { templateVariables } from './render-template';
import { isTemplateKey } from './template-definitions';
import { UnknownTemplateError } from './template-errors';

type SampleValue = string | number;

/**
 * Realistic values for the admin preview. Names, dates and numbers are made up;
 * free-text values are given per locale so the English preview reads as English.
 * Enumerations are given as keys, exactly as a real sender passes them.
 */
const COMMON: Readonly<Record<string, SampleValue>> = {
  applicationId: '6f1d2c3e-8a4b-4c1d-9e2f-0a1b2c3d4e5f',
  assignmentId: '9b7e5d3c-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  meetingId: '2c4e6a8b-0d1f-4a3c-9e5b-7d9f1b3d5f7a',
  objectionId: '5e7a9c1b-3d5f-4b7d-8f9a-1c3e5a7c9e1b',
  appealId: '7a9c1e3b-5d7f-4a9c-8e1b-3d5f7a9c1e3b',
  referenceNumber: '2026-ID-00137',
  objectionReference: 'YY-2026-0012',
  certificateNumber: 'CQID-2026-G-0086',
  level: 'associate_senior',
  specialty: 'product_design',
  role: 'reviewer',
  stage: 'qualification_review',
  outcome: 're_review',
  unitOutcome: 'recommended',
  expiresInHours: 24,
  expiresInDays: 7,
  expiresInMinutes: 30,
  daysLeft: 3,
  pendingCount: 2,
  assignedCount: 23,
  submittedAt: '2026-05-12 10:24',
  withdrawnAt: '2026-05-20 16:05',
  windowClosesAt: '2026-05-31 17:00',
  correctionDeadline: '2026-06-05 17:00',
  appealDeadline: '2026-08-10 17:00',
  reviewDeadline: '2026-07-10 17:00',
  receivedAt: '2026-09-03 11:42',
  meetingAt: '2026-08-18 09:00',
  noticeStartDate: '2026-08-24',
  noticeEndDate: '2026-08-28',
  approvedAt: '2026-09-04',
  noticeClosedOn: '2026-08-29',
  barredUntil: '2029-10-15',
  lodgedAt: '2026-09-10 14:20',
  recommendedAt: '2026-05-25 15:10',
  postingStartDate: '2026-05-14',
  postingEndDate: '2026-05-21',
  days: 8,
  loginUrl: 'https://title.example.cn/login',
  resetUrl: 'https://title.example.cn/forgot-password',
};

const BY_LOCALE: Readonly<Record<TemplateLocale, Readonly<Record<string, SampleValue>>>> = {
  'zh-CN': {
    approvalDocumentNumber: '渝人社职〔2026〕15号',
    recipientName: '张明',
    applicantName: '李华',
    cycleName: '2026年度工业设计专业职称评审',
    unitName: '重庆某工业设计有限公司',
    committeeName: '重庆市工业设计专业高级职称评审委员会',
    location: '重庆市渝中区人和街74号 第三会议室',
    reason: '用人单位内部公示材料未显示公示起止日期，请补充盖章的公示证明；继续教育证明缺少2025年度学时记录。',
    decisionNote: '经复核，申诉人补充提交的省级设计奖项证明真实有效，原评审未予认定，同意重新组织专家评审。',
    references: '2026-CQ-INT-000101、2026-CQ-INT-000117、2026-CQ-SEN-000032，另有20份',
  },
  en: {
    approvalDocumentNumber: 'Yu Ren She Zhi [2026] No. 15',
    recipientName: 'Zhang Ming',
    applicantName: 'Li Hua',
    cycleName: '2026 Industrial Design Title Evaluation',
    unitName: 'Chongqing Example Industrial Design Co., Ltd.',
    committeeName: 'Chongqing Senior Title Evaluation Committee for Industrial Design',
    location: 'Meeting Room 3, 74 Renhe Street, Yuzhong District, Chongqing',
    reason: 'The proof of the internal notice at your employer does not show its start and end dates; please add the stamped notice. The continuing-education record for 2025 is missing.',
    decisionNote: 'The provincial design award you submitted with the appeal is genuine and was not taken into account, so the file will be reviewed again.',
    references: '2026-CQ-INT-000101, 2026-CQ-INT-000117, 2026-CQ-SEN-000032 and 20 more',
  },
};

const PORTAL = 'https://title.example.cn';

// E-mail-only types have no linkPath; their links carry one-time tokens.
const ACCOUNT_LINKS: Readonly<Record<string, string>> = {
  'account.verify_email': `${PORTAL}/verify-email?token=q8Zt3vN1xK0aPfL6`,
  'account.invitation': `${PORTAL}/accept-invitation?token=Wm4cR7yE2uHs9dJb`,
  'account.password_reset': `${PORTAL}/reset-password?token=Tn5gB1kV8oXe3iQa`,
  'objection.confirm_email': `${PORTAL}/confirm-objection?token=Hp2wK9sL4nYc7fUd`,
};

/**
 * Sample variables for a template: every variable it needs, the ids its
 * notification type's in-app link needs, and an `actionUrl` pointing where the
 * real link would.
 */
export function sampleVars(templateKey: string, locale: TemplateLocale = 'zh-CN'): Record<string, SampleValue> {
  if (!isTemplateKey(templateKey)) throw new UnknownTemplateError(templateKey);
  const pool: Readonly<Record<string, SampleValue>> = { ...COMMON, ...BY_LOCALE[locale] };
  const types = NOTIFICATION_TYPE_NAMES.map((t) => NOTIFICATION_TYPES[t]).filter((d) => d.templateKey === templateKey);
  const names = new Set([...templateVariables(templateKey), ...types.flatMap(linkPathVars)]);
  names.delete('actionUrl');

  const vars: Record<string, SampleValue> = {};
  for (const name of names) {
    const value = pool[name];
    // Fails the spec rather than letting a preview show a hole.
    if (value === undefined) throw new Error(`No sample value for "${name}" (template "${templateKey}")`);
    vars[name] = value;
  }
  // The preview shows the named greeting, as a verified reader sees it.
  vars.recipientName = pool.recipientName;
  if (templateVariables(templateKey).includes('actionUrl')) {
    const path = types.map((d) => buildLinkPath(d, vars)).find((x): x is string => x !== null);
    vars.actionUrl = path !== undefined ? `${PORTAL}${path}` : (ACCOUNT_LINKS[templateKey] ?? `${PORTAL}/`);
  }
  return vars;
}
