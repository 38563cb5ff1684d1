import { execFile } from 'child_process';
import * as path from 'path';

export interface ReadPdf {
  /** The text of every page, as pdf-parse extracts it. */
  text: string;
  pages: number;
  /** What the first QR code on page 1 says, decoded from the rendered page (jsqr); null if none was found. */
  qr: string | null;
}

/** Parses a PDF back the way a reader would: its text, and its page 1 rendered and scanned for a QR code. */
export function readPdf(pdf: Buffer): Promise<ReadPdf> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [path.join(__dirname, 'read-pdf.mjs')], { maxBuffer: 16 * 1024 * 1024, timeout: 60000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`reading the PDF failed: ${error.message}\n${stderr}`));
      resolve(JSON.parse(stdout) as ReadPdf);
    });
    child.stdin!.end(pdf);
  });
}
