import { csvText } from '@app/common';

/**
 * The filing export of a confirmed batch for the national title record (domain.md §8,
 * Confirmation and certificate): one record per certificate the batch issued, in a
 * documented, versioned format. A change of a field's name or meaning is a new
 * FILING_FORMAT_VERSION; adding a field at the end is not (readers ignore unknown fields).
 *
 * The CSV (UTF-8 with a byte-order mark, a header row, comma-separated, RFC 4180 quoting, text
 * that a spreadsheet would read as a formula prefixed with ') has these columns in this order;
 * the JSON document `{ formatVersion, kind, generatedAt, batch, records }` has the same
 * fields per record. Dates are YYYY-MM-DD (Asia/Shanghai); empty CSV cells are JSON nulls.
 */
export const FILING_FORMAT_VERSION = '1';
export const FILING_DOCUMENT_KIND = 'design-title-portal.filing';

export const FILING_FIELDS = [
  'formatVersion',
  'certificateNumber',
  'holderName',
  'identityType',
  'identityNumber',
  'gender',
  'level',
  'titleZh',
  'titleEn',
  'specialty',
  'specialtyZh',
  'cycleCode',
  'cycleNameZh',
  'evaluatingBodyZh',
  'approvalDocumentNumber',
  'issuedOn',
  'obtainedOn',
  'crossProvincial',
  'crossProvincialNoteZh',
  'referenceNumber',
  'certificateStatus',
] as const;
export type FilingField = (typeof FILING_FIELDS)[number];

export interface FilingRecord {
  formatVersion: string;
  /** The certificate's number. */
  certificateNumber: string;
  holderName: string;
  /** resident_id, passport or other (the application form's document type). */
  identityType: string | null;
  /** In full: this export is the only place it leaves the portal unmasked. */
  identityNumber: string | null;
  /** male or female; null when the file holds none. */
  gender: string | null;
  /** The level key (assistant, intermediate, associate_senior, full_senior). */
  level: string;
  titleZh: string;
  titleEn: string;
  /** The specialty key and its Chinese name. */
  specialty: string;
  specialtyZh: string;
  cycleCode: string;
  cycleNameZh: string;
  evaluatingBodyZh: string;
  approvalDocumentNumber: string;
  /** The approval document's date of issue (the certificate's issue date). */
  issuedOn: string;
  /** Date obtained: the day the committee passed the file. */
  obtainedOn: string;
  crossProvincial: boolean;
  crossProvincialNoteZh: string | null;
  /** The portal's reference number of the file (受理编号). */
  referenceNumber: string;
  /** valid, or revoked if the title was revoked since. */
  certificateStatus: string;
}

export interface FilingBatch {
  id: string;
  documentNumber: string;
  issuedOn: string;
  confirmedAt: string;
  fileCount: number;
}

export interface FilingDocument {
  formatVersion: string;
  kind: string;
  generatedAt: string;
  batch: FilingBatch;
  records: FilingRecord[];
}

/** The JSON document of a batch's filing. */
export function filingDocument(batch: FilingBatch, records: FilingRecord[], generatedAt: Date): FilingDocument {
  return { formatVersion: FILING_FORMAT_VERSION, kind: FILING_DOCUMENT_KIND, generatedAt: generatedAt.toISOString(), batch, records };
}

/** The CSV of a batch's filing: FILING_FIELDS as header, one row per record; nulls as empty cells, booleans as true/false. */
export function filingCsv(records: FilingRecord[]): string {
  const rows = records.map((r) => Object.fromEntries(FILING_FIELDS.map((f) => [f, r[f] === null ? '' : typeof r[f] === 'boolean' ? String(r[f]) : r[f]])));
  return csvText(rows, { bom: true, header: true, columns: [...FILING_FIELDS], record_delimiter: 'windows' });
}
