import * as fs from 'fs';
import * as path from 'path';
import { test, type Page } from '@playwright/test';

/**
 * `TP_WEB_SCREENSHOTS=1 npm run test:web` also refreshes the README's screenshots
 * (docs/screenshots/<name>.<language>.png). This machine may have no CJK font: in a screenshot
 * run pages get Noto Sans SC (already a dependency, for certificates) from a routed URL.
 * Injecting its stylesheet needs the CSP bypassed, so the CSP checks are off in screenshot runs only.
 */
export const SCREENSHOT_DIR = process.env.TP_WEB_SCREENSHOTS === '1' ? path.resolve(__dirname, '../../../docs/screenshots') : null;

/** Call once at the top of a spec that takes screenshots. */
export function useScreenshotFont(): void {
  if (!SCREENSHOT_DIR) return;
  test.use({ bypassCSP: true });
  test.beforeEach(async ({ page }) => {
    const font = path.resolve(__dirname, '../../../node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
    await page.route('**/__screenshot-font.ttf', (route) => route.fulfill({ path: font, contentType: 'font/ttf' }));
    page.on('load', () => {
      void page
        .addStyleTag({ content: "@font-face { font-family: 'TPShot'; src: url('/__screenshot-font.ttf'); } * { font-family: 'TPShot', sans-serif !important; }" })
        .catch(() => undefined);
    });
  });
}

/** In a screenshot run: the page as it is now, in its current language (`<name>.<lang>.png`). */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!SCREENSHOT_DIR) return;
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  const language = await page.evaluate(() => document.documentElement.lang);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.${language}.png`), fullPage: options.fullPage ?? true });
}
