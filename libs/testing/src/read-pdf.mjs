/* global process, Buffer */
// Reads a PDF from stdin and prints {"text", "qr"} as JSON: the text (pdf-parse) and the
// content of the first QR code on page 1, rendered at 2x and decoded with jsqr (or null).
// A plain Node script run by readPdf() (pdf-reader.ts): pdf.js starts its worker with a
// dynamic import, which Jest's module runtime does not support.
import { createRequire } from 'node:module';
import { PDFParse } from 'pdf-parse';
import jsQR from 'jsqr';

const require = createRequire(import.meta.url);
// pngjs 5 (a devDependency; qrcode ships the same version as its PNG writer).
const { PNG } = require('pngjs');

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
try {
  const { text, total } = await parser.getText();
  const shot = await parser.getScreenshot({ partial: [1], scale: 2, imageDataUrl: false });
  const png = PNG.sync.read(Buffer.from(shot.pages[0].data));
  const qr = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  process.stdout.write(JSON.stringify({ text, pages: total, qr: qr ? qr.data : null }));
} finally {
  await parser.destroy();
}
