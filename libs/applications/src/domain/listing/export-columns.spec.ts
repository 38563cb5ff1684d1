import { EXPORT_FIELDS, exportCells, exportHeaders, ExportRecord } from './export-columns';

const record: ExportRecord = {
  referenceNumber: '2026-ID-INT-000123',
  applicantName: '李娜',
  documentNumberMasked: '5001**********4713',
  level: 'associate_senior',
  specialty: 'experience_design',
  status: 'in_review',
  employerName: '重庆某工业设计有限公司',
  homeProvince: '44',
  crossProvincial: true,
  exceptionalRoute: false,
  submittedAt: new Date('2026-05-31T16:30:00Z'),
  reviewScore: '86.30',
};

describe('export columns', () => {
  it('has a header per column in both languages', () => {
    expect(exportHeaders('zh-CN')).toHaveLength(EXPORT_FIELDS.length);
    expect(exportHeaders('zh-CN')[2]).toBe('证件号码（脱敏）');
    expect(exportHeaders('en')[0]).toBe('Reference number');
  });

  it('localises levels, specialties, statuses, provinces and flags, with times in Beijing time', () => {
    expect(exportCells(record, 'zh-CN')).toEqual([
      '2026-ID-INT-000123', '李娜', '5001**********4713', '高级工业设计师', '体验设计', '专家评审中', '重庆某工业设计有限公司', '广东省', '是', '否', '2026-06-01 00:30', '86.30',
    ]);
    const en = exportCells(record, 'en');
    expect(en.slice(3, 10)).toEqual(['Senior Industrial Designer', 'Experience (interaction) design', 'In expert review', '重庆某工业设计有限公司', 'Guangdong', 'Yes', 'No']);
  });

  it('shows an unknown specialty as stored and empty values as empty', () => {
    const cells = exportCells({ ...record, specialty: 'service_design', submittedAt: null, reviewScore: null, homeProvince: null, referenceNumber: null }, 'en');
    expect(cells[0]).toBeNull();
    expect(cells[4]).toBe('service_design');
    expect(cells[7]).toBeNull();
    expect(cells[10]).toBeNull();
    expect(cells[11]).toBeNull();
  });
});
