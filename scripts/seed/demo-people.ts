import { residentIdCheckChar, sampleFormData, TitleLevel } from '@app/applications';
import type { ReviewerProfileInput } from '@app/review';

/**
 * The people of the demo's files: designers and committee members, all clearly made up (the
 * placeholder names 张三, 李四 ... every Chinese reader knows, mobiles 138 0000 00xx, addresses
 * @title-portal.local), with identity numbers that are valid (GB 11643 check character, the
 * date of birth inside the number) but belong to nobody we know of. Local use only.
 */

/** What each designer's file is in the demo (see demo-files.ts for the story of each). */
export type DemoFileRole =
  | 'approved'
  | 'awaiting_bureau'
  | 'on_notice'
  | 'on_agenda_1'
  | 'on_agenda_2'
  | 'in_review_1'
  | 'in_review_2'
  | 'in_review_3'
  | 'qualification_1'
  | 'qualification_2'
  | 'unit_new'
  | 'unit_posting'
  | 'unit_posted'
  | 'draft_ready'
  | 'draft_partial_1'
  | 'draft_partial_2';

export interface DemoDesigner {
  /** An existing demo account (applicant1@, applicant2@) or a new one. */
  email: string;
  /** Account name (both scripts, as the existing demo accounts have them). */
  accountName: string;
  /** The name on the form (what the notice and the certificate show). */
  formName: string;
  locale: 'zh-CN' | 'en';
  gender: 'male' | 'female';
  birthDate: string;
  /** GB/T 2260 district of the person's identity number (Chongqing districts). */
  idRegion: string;
  level: TitleLevel;
  specialty: 'product_design' | 'experience_design' | 'visual_communication';
  file: DemoFileRole;
}

const designer = (n: number) => `designer${String(n).padStart(2, '0')}@title-portal.local`;

/** The demo's designers, one file each (one active file per person and cycle). */
export const DEMO_DESIGNERS: readonly DemoDesigner[] = [
  { email: 'applicant2@title-portal.local', accountName: 'Zhao Min', formName: 'Zhao Min', locale: 'en', gender: 'female', birthDate: '1987-03-21', idRegion: '500103', level: 'intermediate', specialty: 'product_design', file: 'approved' },
  { email: designer(1), accountName: '张三 Zhang San', formName: '张三', locale: 'zh-CN', gender: 'male', birthDate: '1986-09-14', idRegion: '500105', level: 'intermediate', specialty: 'product_design', file: 'awaiting_bureau' },
  { email: designer(2), accountName: '李四 Li Si', formName: '李四', locale: 'zh-CN', gender: 'male', birthDate: '1988-01-30', idRegion: '500106', level: 'intermediate', specialty: 'experience_design', file: 'on_notice' },
  { email: designer(3), accountName: '王五 Wang Wu', formName: '王五', locale: 'zh-CN', gender: 'male', birthDate: '1985-11-02', idRegion: '500107', level: 'intermediate', specialty: 'product_design', file: 'on_agenda_1' },
  { email: designer(4), accountName: '赵六 Zhao Liu', formName: '赵六', locale: 'zh-CN', gender: 'female', birthDate: '1989-06-18', idRegion: '500108', level: 'assistant', specialty: 'visual_communication', file: 'on_agenda_2' },
  { email: designer(5), accountName: '钱七 Qian Qi', formName: '钱七', locale: 'zh-CN', gender: 'female', birthDate: '1990-04-09', idRegion: '500112', level: 'intermediate', specialty: 'product_design', file: 'in_review_1' },
  { email: designer(6), accountName: '孙八 Sun Ba', formName: '孙八', locale: 'zh-CN', gender: 'male', birthDate: '1987-12-25', idRegion: '500103', level: 'intermediate', specialty: 'experience_design', file: 'in_review_2' },
  { email: designer(7), accountName: 'Zhou Jiu', formName: '周九', locale: 'en', gender: 'female', birthDate: '1991-08-07', idRegion: '500105', level: 'assistant', specialty: 'product_design', file: 'in_review_3' },
  { email: designer(8), accountName: '吴十 Wu Shi', formName: '吴十', locale: 'zh-CN', gender: 'male', birthDate: '1984-02-16', idRegion: '500106', level: 'intermediate', specialty: 'visual_communication', file: 'qualification_1' },
  { email: designer(9), accountName: '郑十一 Zheng Shiyi', formName: '郑十一', locale: 'zh-CN', gender: 'female', birthDate: '1988-10-11', idRegion: '500107', level: 'intermediate', specialty: 'product_design', file: 'qualification_2' },
  { email: designer(10), accountName: '冯十二 Feng Shi’er', formName: '冯十二', locale: 'zh-CN', gender: 'male', birthDate: '1986-05-28', idRegion: '500108', level: 'intermediate', specialty: 'product_design', file: 'unit_new' },
  { email: designer(11), accountName: '陈十三 Chen Shisan', formName: '陈十三', locale: 'zh-CN', gender: 'female', birthDate: '1989-09-03', idRegion: '500112', level: 'assistant', specialty: 'experience_design', file: 'unit_posting' },
  { email: designer(12), accountName: '褚十四 Chu Shisi', formName: '褚十四', locale: 'zh-CN', gender: 'male', birthDate: '1985-07-19', idRegion: '500103', level: 'intermediate', specialty: 'visual_communication', file: 'unit_posted' },
  { email: 'applicant1@title-portal.local', accountName: '陈设计 Chen Sheji', formName: '陈设计', locale: 'zh-CN', gender: 'male', birthDate: '1988-05-12', idRegion: '500103', level: 'intermediate', specialty: 'product_design', file: 'draft_ready' },
  { email: designer(13), accountName: '卫十五 Wei Shiwu', formName: '卫十五', locale: 'zh-CN', gender: 'female', birthDate: '1990-12-01', idRegion: '500105', level: 'intermediate', specialty: 'product_design', file: 'draft_partial_1' },
  { email: designer(14), accountName: 'Jiang Shiliu', formName: '蒋十六', locale: 'en', gender: 'male', birthDate: '1992-03-15', idRegion: '500106', level: 'assistant', specialty: 'visual_communication', file: 'draft_partial_2' },
];

/**
 * A valid resident ID number for the designer: district, date of birth, a sequence whose last
 * digit is odd for men and even for women (as GB 11643 has it), the check character.
 */
export function demoResidentId(d: DemoDesigner, index: number): string {
  const sequence = 900 + index * 2 + (d.gender === 'male' ? 1 : 0);
  const first17 = `${d.idRegion}${d.birthDate.replace(/-/g, '')}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** The complete form of a designer: the sample file (the demo employer, a route that passes) with the designer's own identity. */
export function demoFormData(d: DemoDesigner, index: number): Record<string, unknown> {
  const sample = sampleFormData(d.level, { fullName: d.formName });
  return {
    ...sample,
    identity: {
      ...(sample.identity as Record<string, unknown>),
      fullName: d.formName,
      documentNumber: demoResidentId(d, index),
      gender: d.gender,
      birthDate: d.birthDate,
      mobile: `138000000${String(index + 10).padStart(2, '0')}`,
      email: d.email,
    },
  };
}

export interface DemoMember {
  email: string;
  fullName: string;
  locale: 'zh-CN' | 'en';
  profile: ReviewerProfileInput;
}

const ALL_SPECIALTIES = ['product_design', 'experience_design', 'visual_communication'];

/** The expert pool's profiles of the two demo reviewers (employers unrelated to the designers'). */
export const DEMO_REVIEWER_PROFILES: Readonly<Record<string, ReviewerProfileInput>> = {
  'reviewer1@title-portal.local': { specialties: ALL_SPECIALTIES, maxLevel: 'full_senior', homeProvince: '50', employerName: '重庆某大学工业设计学院', maxLoadPerCycle: 20, active: true },
  'reviewer2@title-portal.local': { specialties: ALL_SPECIALTIES, maxLevel: 'full_senior', homeProvince: '11', employerName: '北京某设计研究院有限公司', maxLoadPerCycle: 20, active: true },
};

const STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬'] as const;
const PINYIN = ['Jia', 'Yi', 'Bing', 'Ding', 'Wu', 'Ji', 'Geng', 'Xin', 'Ren'] as const;
const PROVINCES = ['51', '44', '31', '32', '33', '42', '61', '37', '43'] as const;

/**
 * Nine more experts: with the two demo reviewers, the committee of eleven (the configured
 * minimum of a committee organised by specialty), each from an employer of their own.
 */
export const DEMO_MEMBERS: readonly DemoMember[] = STEMS.map((stem, i) => ({
  email: `member${String(i + 1).padStart(2, '0')}@title-portal.local`,
  fullName: `评委${stem} Juror ${PINYIN[i]}`,
  locale: 'zh-CN' as const,
  profile: { specialties: ALL_SPECIALTIES, maxLevel: 'full_senior' as const, homeProvince: PROVINCES[i], employerName: `评委${stem}所在设计研究院`, maxLoadPerCycle: 20, active: true },
}));
