import { shanghaiDateTime, specialtyLabel, titleLevelDefinition } from '@app/common';
import type { ApplicationStatus } from '../workflow/transitions';
import type { TitleLevel } from '../form-data';
import { LocalizedText, text } from '../localized-text';
import { provinceName } from '../regions';

export type ExportLocale = keyof LocalizedText;

/** What one exported row says, before it is localised. */
export interface ExportRecord {
  referenceNumber: string | null;
  applicantName: string | null;
  /** Masked (first and last 4 characters, domain.md §10); never the full number. */
  documentNumberMasked: string | null;
  level: TitleLevel;
  specialty: string;
  status: ApplicationStatus;
  employerName: string | null;
  homeProvince: string | null;
  crossProvincial: boolean;
  exceptionalRoute: boolean;
  submittedAt: Date | null;
  reviewScore: string | null;
}

/** The export's columns in order, with their header in each language. */
export const EXPORT_FIELDS: readonly { key: keyof ExportRecord; header: LocalizedText; width: number }[] = [
  { key: 'referenceNumber', header: text('受理编号', 'Reference number'), width: 24 },
  { key: 'applicantName', header: text('申报人姓名', 'Applicant'), width: 14 },
  { key: 'documentNumberMasked', header: text('证件号码（脱敏）', 'ID number (masked)'), width: 22 },
  { key: 'level', header: text('申报级别', 'Level'), width: 22 },
  { key: 'specialty', header: text('专业', 'Specialty'), width: 14 },
  { key: 'status', header: text('状态', 'Status'), width: 12 },
  { key: 'employerName', header: text('工作单位', 'Employer'), width: 30 },
  { key: 'homeProvince', header: text('单位所在省份', 'Home province'), width: 14 },
  { key: 'crossProvincial', header: text('跨省申报', 'Cross-provincial'), width: 10 },
  { key: 'exceptionalRoute', header: text('破格申报', 'Exceptional route'), width: 10 },
  { key: 'submittedAt', header: text('提交时间（北京时间）', 'Submitted (Beijing time)'), width: 18 },
  { key: 'reviewScore', header: text('评审综合得分', 'Review score'), width: 12 },
];

const STATUS_LABELS: Record<ApplicationStatus, LocalizedText> = {
  draft: text('草稿', 'Draft'),
  with_unit: text('单位推荐中', 'With the recommending unit'),
  submitted: text('已提交', 'Submitted'),
  returned: text('退回补正', 'Returned for correction'),
  in_review: text('专家评审中', 'In expert review'),
  reviewed: text('待评委会表决', 'Awaiting committee'),
  public_notice: text('公示中', 'In public notice'),
  awaiting_confirmation: text('待人社部门确认', 'Awaiting the bureau’s confirmation'),
  approved: text('已通过', 'Approved'),
  rejected: text('未通过', 'Rejected'),
  withdrawn: text('已撤回', 'Withdrawn'),
  revoked: text('已撤销', 'Revoked'),
};

const YES_NO = { true: text('是', 'Yes'), false: text('否', 'No') };

/** The header row in `locale`. */
export function exportHeaders(locale: ExportLocale): string[] {
  return EXPORT_FIELDS.map((c) => c.header[locale]);
}

/** One row's cells in column order, localised; an unknown key (a specialty added later) shows as stored. */
export function exportCells(r: ExportRecord, locale: ExportLocale): (string | number | null)[] {
  return EXPORT_FIELDS.map(({ key }) => {
    switch (key) {
      case 'level':
        return titleLevelDefinition(r.level)?.title[locale] ?? r.level;
      case 'specialty':
        return specialtyLabel(r.specialty)[locale];
      case 'status':
        return STATUS_LABELS[r.status]?.[locale] ?? r.status;
      case 'homeProvince':
        return r.homeProvince ? (provinceName(r.homeProvince)?.[locale] ?? r.homeProvince) : null;
      case 'crossProvincial':
      case 'exceptionalRoute':
        return YES_NO[String(r[key]) as 'true' | 'false'][locale];
      case 'submittedAt':
        return r.submittedAt ? shanghaiDateTime(r.submittedAt) : null;
      case 'reviewScore':
        // Kept as text: a spreadsheet must not turn 86.30 into 86.3 or a float.
        return r.reviewScore;
      default:
        return r[key] as string | null;
    }
  });
}
