import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type RunningApi, startApiServer } from './api-server.ts';
import { launchChromium, type OpenedPage, openPage } from './browser.ts';

export interface BrowserSession {
  /** The API started for this test file (available once `beforeAll` has run). */
  api: () => RunningApi;
  /** A fresh context and page, closed after the file's tests; the phone unless told. */
  newPage: (options?: Parameters<typeof openPage>[2]) => Promise<OpenedPage>;
}

/**
 * One API and one Chromium for a test file: registers the hooks that start
 * them before its tests and close them, with every page opened, after.
 * Call it once, at the top of the file.
 */
export function setUpBrowserSession(): BrowserSession {
  let api: RunningApi | undefined;
  let browser: Browser | undefined;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
  });

  // A test that moves the server's clock must not move it for the next one.
  afterEach(() => {
    api?.setClockOffset(0);
  });

  afterAll(async () => {
    await Promise.all(opened.map(({ context }) => context.close()));
    await browser?.close();
    await api?.close();
  });

  function started(): { api: RunningApi; browser: Browser } {
    if (!api || !browser)
      throw new Error('The browser session starts in beforeAll: use it in a test.');
    return { api, browser };
  }

  return {
    api: () => started().api,
    newPage: async (options) => {
      const { api, browser } = started();
      const result = await openPage(browser, api.baseUrl, options);
      opened.push(result);
      return result;
    },
  };
}
