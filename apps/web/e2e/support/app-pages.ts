import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The password of every demo account of the seed. */
export const DEMO_PASSWORD = 'demo-capnum-2026';

/** The page's title: every page has exactly one `h1`. */
export const heading = (page: Page) => page.getByRole('heading', { level: 1 });

export const pathOf = (page: Page) => new URL(page.url()).pathname;

export const mainNavigation = (page: Page) =>
  page.getByRole('navigation', { name: 'Navigation principale' });

/** Opens the phone's "Menu" when there is one (closed), so the main links can be read. */
export async function openMenu(page: Page) {
  const button = page.getByRole('button', { name: 'Menu' });
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) === 'false') {
    await button.click();
  }
}

/** Follows a link of the main navigation, through the "Menu" on a phone. */
export async function navigateTo(page: Page, name: string) {
  await openMenu(page);
  await mainNavigation(page).getByRole('link', { name, exact: true }).click();
}

/** Fills the login form already on screen and sends it. */
export async function submitLogIn(page: Page, email: string, password: string) {
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Opens the login page and logs in; where that leads is for the test to check. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/connexion');
  await expect.poll(() => heading(page).textContent()).toBe('Se connecter');
  await submitLogIn(page, email, password);
}

/** How many A4 pages the page prints on (Chromium's PDF of the print stylesheet). */
export async function printedPageCount(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4' });
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}
