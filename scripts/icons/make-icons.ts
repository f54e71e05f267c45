/**
 * Renders the app's hand-drawn SVG icons (public/icons/*.svg) to the PNG sizes an installable web app
 * needs. Run after editing an SVG: `npx tsx scripts/icons/make-icons.ts`; the PNGs are committed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.ts';

const DIR = join(import.meta.dirname, '../../public/icons');
const OUTPUTS = [
  { svg: 'callsight.svg', png: 'callsight-192.png', size: 192 },
  { svg: 'callsight.svg', png: 'callsight-512.png', size: 512 },
  { svg: 'callsight.svg', png: 'apple-touch-icon-180.png', size: 180 },
  { svg: 'callsight-maskable.svg', png: 'callsight-maskable-512.png', size: 512 },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (const { svg, png, size } of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const markup = await readFile(join(DIR, svg), 'utf8');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`,
    );
    await page.screenshot({ path: join(DIR, png), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
