import { readPdf } from '@app/testing/pdf-reader';
import { renderCertificatePdf, CertificateContent } from './certificate-pdf';

const content: CertificateContent = {
  number: '2026502000001',
  holderName: '王䶮龑',
  titleZh: '工业设计师',
  titleEn: 'Industrial Designer',
  gradeZh: '中级',
  gradeEn: 'Intermediate',
  specialtyZh: '产品设计',
  specialtyEn: 'Product design',
  cycleNameZh: '2026年度工业设计职称评审',
  cycleNameEn: '2026 evaluation',
  evaluatingBodyZh: '重庆市工业设计专业职称评审委员会',
  evaluatingBodyEn: 'Chongqing Industrial Design Professional Title Evaluation Committee',
  approvalReference: '2026-ID-INT-000001',
  approvalDocumentNumber: '渝人社职〔2026〕15号',
  obtainedOn: '2026-06-30',
  issuedOn: '2026-07-08',
  crossProvincialNoteZh: '本职称经重庆市跨省评审渠道评审（申报人工作单位所在地：四川省）。',
  crossProvincialNoteEn: 'Evaluated through the cross-provincial channel of Chongqing.',
  verificationUrl: 'https://portal.example.org/verify/AbCdEfGhIjKlMnOpQrStUvWx',
  revoked: null,
};

const read = (pdf: Buffer) => readPdf(pdf);

describe('renderCertificatePdf', () => {
  jest.setTimeout(60000);

  it('prints the holder (rare characters included), the number and a QR code of the verification URL', async () => {
    const pdf = await renderCertificatePdf(content);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Only the glyphs used are embedded: far below the 10 MB font files.
    expect(pdf.length).toBeLessThan(400_000);
    const { text, qr } = await read(pdf);
    expect(text).toContain('王䶮龑');
    expect(text).toContain('2026502000001');
    expect(text).toContain('跨省评审渠道');
    expect(text).not.toContain('REVOKED');
    expect(qr).toBe(content.verificationUrl);
  });

  it('prints the approval document number and the date of issue apart from the date obtained', async () => {
    const { text } = await read(await renderCertificatePdf(content));
    expect(text).toContain('渝人社职〔2026〕15号');
    expect(text).toContain('Approval document No.');
    expect(text).toContain('2026-07-08');
    expect(text).toContain('2026-06-30');
  });

  it('keeps a certificate issued before the confirmation readable: its reference number as the approval reference', async () => {
    const { text } = await read(await renderCertificatePdf({ ...content, approvalDocumentNumber: null }));
    expect(text).toContain('Approval reference');
    expect(text).toContain('2026-ID-INT-000001');
    expect(text).not.toContain('Approval document No.');
  });

  it('says revoked, with the date and reason, on a revoked certificate', async () => {
    const { text, qr } = await read(await renderCertificatePdf({ ...content, crossProvincialNoteZh: null, crossProvincialNoteEn: null, revoked: { on: '2027-01-05', reason: '伪造业绩材料' } }));
    expect(text).toContain('已撤销');
    expect(text).toContain('2027-01-05');
    expect(text).toContain('伪造业绩材料');
    expect(text).not.toContain('跨省评审渠道');
    expect(qr).toBe(content.verificationUrl);
  });
});
