import { readFileSync } from 'fs';

/**
 * Noto Sans SC (SIL Open Font License), whole TrueType files from the npm package
 * `@expo-google-fonts/noto-sans-sc`, installed with `npm ci`: nothing is downloaded at run
 * time. A whole font is needed because holders' names use rare characters (CJK Extension A,
 * e.g. 䶮 U+4DAE; also 龑 U+9F91) that the web-font (WOFF2) slices split off; the Regular
 * and Bold files carry both (6582 of Extension A's 6592 characters: all but U+4DB6-U+4DBF,
 * added in Unicode 13). Of Extension B (U+20000 and up) they carry only 54 characters: a
 * name using another renders as a blank box (see docs/features.md, Certificates). pdfkit embeds only the glyphs a document uses
 * (about 20-40 KB per certificate, not the 10 MB file).
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export type CertificateFont = keyof typeof FONT_FILES;

const loaded = new Map<CertificateFont, Buffer>();

/** The font's bytes, read once per process (each file is about 10 MB). */
export function certificateFont(font: CertificateFont): Buffer {
  let bytes = loaded.get(font);
  if (!bytes) {
    bytes = readFileSync(require.resolve(FONT_FILES[font]));
    loaded.set(font, bytes);
  }
  return bytes;
}
