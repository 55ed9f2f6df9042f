import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with everything that would call out to the internet switched off. */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium introuvable (${executablePath}) : installez-le (apt-get install -y chromium) ou indiquez son chemin dans CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/** The reference phone of the design: 390 × 844, touch, French. */
export const phone = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'fr-FR',
} as const;

/** A laptop screen, for the staff's pages and the wide layouts. */
export const laptop = { viewport: { width: 1280, height: 800 }, locale: 'fr-FR' } as const;

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Browser console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/** A fresh context (own cookies) and page; axe needs a page made through `browser.newContext()`. */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: Parameters<Browser['newContext']>[0] = phone,
): Promise<OpenedPage> {
  const context = await browser.newContext({ ...options, baseURL: baseUrl });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, page, errors };
}
