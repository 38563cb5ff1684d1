import PDFDocument from 'pdfkit';
import * as QRCode from 'qrcode';
import { certificateFont } from './certificate-fonts';

/** What the certificate prints (the snapshot taken at issue, its status, and the verification link). */
export interface CertificateContent {
  number: string;
  holderName: string;
  titleZh: string;
  titleEn: string;
  gradeZh: string;
  gradeEn: string;
  specialtyZh: string;
  specialtyEn: string;
  cycleNameZh: string;
  cycleNameEn: string;
  evaluatingBodyZh: string;
  evaluatingBodyEn: string;
  /** The file's reference number: printed as the approval reference by certificates issued before the bureau's confirmation. */
  approvalReference: string;
  /** The bureau's approval document number (文号); null on certificates issued before the confirmation existed. */
  approvalDocumentNumber: string | null;
  obtainedOn: string;
  issuedOn: string;
  crossProvincialNoteZh: string | null;
  crossProvincialNoteEn: string | null;
  verificationUrl: string;
  revoked: { on: string; reason: string } | null;
}

// A4 landscape, in points.
const WIDTH = 841.89;
const HEIGHT = 595.28;
const MARGIN = 48;
const QR_SIZE = 120;
const INK = '#1f2937';
const MUTED = '#6b7280';
const RED = '#b91c1c';

/** Draws the QR code as vector squares: sharp at any zoom and a few hundred bytes. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2; // modules of white border (the page is white too)
  const cells = qr.modules.size + quiet * 2;
  const cell = size / cells;
  doc.save().rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < qr.modules.size; row++) {
    for (let col = 0; col < qr.modules.size; col++) {
      // Slightly oversized squares so neighbouring modules leave no hairline gaps when rasterised.
      if (qr.modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell + 0.15, cell + 0.15);
    }
  }
  doc.fill('#000000').restore();
}

/** The certificate as a one-page PDF (bilingual, Chinese first). */
export function renderCertificatePdf(c: CertificateContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: `职称证书 Certificate ${c.number}`, Author: c.evaluatingBodyZh, Subject: c.holderName, Producer: 'Design Title Portal' },
  });
  doc.registerFont('regular', certificateFont('regular'));
  doc.registerFont('bold', certificateFont('bold'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.lineWidth(2).strokeColor('#9a7b3c').rect(20, 20, WIDTH - 40, HEIGHT - 40).stroke();
  doc.lineWidth(0.7).rect(28, 28, WIDTH - 56, HEIGHT - 56).stroke();

  const textWidth = WIDTH - MARGIN * 2 - QR_SIZE - 30;
  doc.fillColor(INK).font('bold').fontSize(26).text('专业技术职称证书', MARGIN, 50, { width: WIDTH - MARGIN * 2, align: 'center' });
  doc.font('regular').fontSize(12).fillColor(MUTED).text('Professional Title Certificate', { width: WIDTH - MARGIN * 2, align: 'center' });
  doc.moveDown(1.2);

  const rows: [string, string, string | null][] = [
    ['姓名 Name', c.holderName, null],
    ['资格名称 Title', c.titleZh, c.titleEn],
    ['级别 Grade', c.gradeZh, c.gradeEn],
    ['专业 Specialty', c.specialtyZh, c.specialtyEn],
    ['评审批次 Cycle', c.cycleNameZh, c.cycleNameEn],
    ['评审机构 Evaluating body', c.evaluatingBodyZh, c.evaluatingBodyEn],
    ...(c.approvalDocumentNumber
      ? ([
          ['批准文号 Approval document No.', c.approvalDocumentNumber, null],
          ['受理编号 Reference No.', c.approvalReference, null],
        ] as [string, string, string | null][])
      : ([['批准文号 Approval reference', c.approvalReference, null]] as [string, string, string | null][])),
    ['取得资格时间 Date obtained', c.obtainedOn, null],
    ['发证日期 Date of issue', c.issuedOn, null],
    ['证书编号 Certificate No.', c.number, null],
  ];
  const labelWidth = 170;
  let y = doc.y;
  for (const [label, zh, en] of rows) {
    doc.font('regular').fontSize(10).fillColor(MUTED).text(label, MARGIN, y + 2, { width: labelWidth });
    doc.font(label.startsWith('姓名') ? 'bold' : 'regular').fontSize(label.startsWith('姓名') ? 16 : 12).fillColor(INK).text(zh, MARGIN + labelWidth, y, { width: textWidth - labelWidth });
    if (en) doc.font('regular').fontSize(9).fillColor(MUTED).text(en, MARGIN + labelWidth, doc.y, { width: textWidth - labelWidth });
    y = doc.y + 7;
  }
  if (c.crossProvincialNoteZh) {
    doc.font('regular').fontSize(10).fillColor(INK).text(c.crossProvincialNoteZh, MARGIN, y + 4, { width: textWidth });
    if (c.crossProvincialNoteEn) doc.fontSize(9).fillColor(MUTED).text(c.crossProvincialNoteEn, { width: textWidth });
  }

  const qrX = WIDTH - MARGIN - QR_SIZE;
  const qrY = 150;
  drawQr(doc, c.verificationUrl, qrX, qrY, QR_SIZE);
  doc.font('regular').fontSize(9).fillColor(MUTED).text('扫码验证 Scan to verify', qrX - 10, qrY + QR_SIZE + 6, { width: QR_SIZE + 20, align: 'center' });

  if (c.revoked) {
    doc.save().rotate(-18, { origin: [WIDTH / 2, HEIGHT / 2] });
    doc.font('bold').fontSize(64).fillColor(RED).fillOpacity(0.35).text('已撤销 REVOKED', 0, HEIGHT / 2 - 40, { width: WIDTH, align: 'center' });
    doc.restore();
    doc.fillOpacity(1).font('bold').fontSize(11).fillColor(RED).text(`本证书已于 ${c.revoked.on} 撤销 / This certificate was revoked on ${c.revoked.on}`, MARGIN, HEIGHT - 112, { width: WIDTH - MARGIN * 2 });
    doc.font('regular').fontSize(9).text(`撤销原因 Reason: ${c.revoked.reason}`, { width: WIDTH - MARGIN * 2 });
  }

  doc.font('regular').fontSize(8).fillColor(MUTED).text(`验证 Verify: ${c.verificationUrl}`, MARGIN, HEIGHT - 70, { width: WIDTH - MARGIN * 2, lineBreak: false });
  doc.end();
  return done;
}
