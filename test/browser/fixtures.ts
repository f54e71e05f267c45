import { test as base, expect, type Page } from '@playwright/test';

export interface AppFixtures {
  /** Requests the page tried to make outside its own origin; the test fails if any were made. */
  outsideRequests: string[];
  /** Content-Security-Policy violations the page reported. */
  cspViolations: string[];
}

/**
 * Every browser test runs behind this guard: any request outside the app's origin is blocked and
 * fails the test, and so does any CSP violation.
 */
export const test = base.extend<AppFixtures>({
  outsideRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const outside: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (isOwn(url, origin)) return route.continue();
        outside.push(url);
        return route.abort('blockedbyclient');
      });
      context.on('request', (request) => {
        const url = request.url();
        if (!isOwn(url, origin) && !outside.includes(url)) outside.push(url);
      });
      await use(outside);
      expect(outside, 'requests outside the app origin').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) violations.push(message.text());
      });
      await use(violations);
      expect(violations, 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

function isOwn(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** Opens the app with a chosen UI language (a fresh profile each test) and waits for the engine. */
export async function openApp(page: Page, language: 'en' | 'zh-CN' = 'en'): Promise<void> {
  await page.addInitScript((lang) => {
    if (!localStorage.getItem('callsight.language')) localStorage.setItem('callsight.language', lang);
  }, language);
  await page.goto('./');
  await expect(page.locator('footer[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
}

export { expect };
