import { FILING_FIELDS, FILING_FORMAT_VERSION, filingCsv, filingDocument, FilingRecord } from './filing-format';

const record = (over: Partial<FilingRecord> = {}): FilingRecord => ({
  formatVersion: FILING_FORMAT_VERSION,
  certificateNumber: '2026502000001',
  holderName: '王䶮',
  identityType: 'resident_id',
  identityNumber: '50010519900307001X',
  gender: 'female',
  level: 'intermediate',
  titleZh: '工程师',
  titleEn: 'Engineer',
  specialty: 'product_design',
  specialtyZh: '产品设计',
  cycleCode: '2026-ID',
  cycleNameZh: '2026年度评审',
  evaluatingBodyZh: '重庆市工业设计专业职称评审委员会',
  approvalDocumentNumber: '渝人社职〔2026〕15号',
  issuedOn: '2026-12-01',
  obtainedOn: '2026-11-10',
  crossProvincial: false,
  crossProvincialNoteZh: null,
  referenceNumber: '2026-ID-INT-000001',
  certificateStatus: 'valid',
  ...over,
});

describe('the filing export format', () => {
  it('writes the documented fields in order, the identity number in full, with a BOM and CRLF', () => {
    const csv = filingCsv([record(), record({ certificateNumber: '2026502000002', gender: null, crossProvincial: true, crossProvincialNoteZh: '跨省' })]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(FILING_FIELDS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('50010519900307001X');
    expect(lines[1].split(',')[0]).toBe(FILING_FORMAT_VERSION);
    const second = lines[2].split(',');
    expect(second[FILING_FIELDS.indexOf('gender')]).toBe('');
    expect(second[FILING_FIELDS.indexOf('crossProvincial')]).toBe('true');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    const csv = filingCsv([record({ holderName: '=HYPERLINK("x")' })]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('names every record field in FILING_FIELDS and nothing else', () => {
    expect(Object.keys(record()).sort()).toEqual([...FILING_FIELDS].sort());
  });

  it('wraps the records in a versioned document', () => {
    const doc = filingDocument({ id: 'b', documentNumber: '渝人社职〔2026〕15号', issuedOn: '2026-12-01', confirmedAt: '2026-12-02T01:00:00.000Z', fileCount: 1 }, [record()], new Date('2026-12-03T00:00:00Z'));
    expect(doc).toMatchObject({ formatVersion: '1', kind: 'design-title-portal.filing', generatedAt: '2026-12-03T00:00:00.000Z', batch: { documentNumber: '渝人社职〔2026〕15号' } });
    expect(doc.records).toHaveLength(1);
  });
});
