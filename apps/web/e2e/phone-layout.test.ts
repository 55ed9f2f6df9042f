import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/accessibility.ts';
import { heading, logIn, mainNavigation, openMenu } from './support/app-pages.ts';
import { phone } from './support/browser.ts';
import { setUpBrowserSession } from './support/browser-session.ts';

const { newPage } = setUpBrowserSession();

/** The narrowest phones still sold: 360 px wide. */
const narrow = { ...phone, viewport: { width: 360, height: 740 } };

/** Pages wider than the screen, with how wide they are. */
async function sideways(page: Page, paths: readonly string[]): Promise<string[]> {
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await heading(page).waitFor();
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) wide.push(`${path}: ${width} px`);
  }
  return wide;
}

/** The address of the first link of the page whose address matches. */
async function firstLink(page: Page, path: string, pattern: RegExp): Promise<string> {
  await page.goto(path);
  await heading(page).waitFor();
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  const found = hrefs.find((href) => pattern.test(href));
  if (!found) throw new Error(`no link matching ${pattern} on ${path}`);
  return found;
}

describe('every page fits a 360 px phone', () => {
  it('public pages, and the menu folds the navigation behind one button', async () => {
    const { page } = await newPage(narrow);
    expect(
      await sideways(page, [
        '/',
        '/connexion',
        '/inscription',
        '/mot-de-passe-oublie',
        '/confidentialite',
        '/mentions-legales',
        '/accessibilite',
        '/page-inconnue',
      ]),
    ).toEqual([]);

    await logIn(page, 'artisan@demo.capnum.test');
    await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await mainNavigation(page).getByRole('link').count()).toBe(0);
    // The header takes one row: the name and the button.
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThan(80);
    await menu.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await mainNavigation(page).getByRole('link').count()).toBe(5);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Menu');
    // Following a link closes the menu.
    await openMenu(page);
    await mainNavigation(page).getByRole('link', { name: 'Mes ateliers' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Mes ateliers');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('the artisan’s pages', async () => {
    const { page } = await newPage(narrow);
    await logIn(page, 'artisan@demo.capnum.test');
    await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
    const results = await firstLink(page, '/diagnostic/historique', /^\/diagnostic\/resultats\//);
    expect(
      await sideways(page, [
        '/mon-espace',
        '/diagnostic/visibilite',
        '/diagnostic/calcul',
        '/diagnostic/historique',
        results,
        '/tournee',
        '/mes-ateliers',
        '/mon-compte',
        '/mon-compte/mes-donnees',
      ]),
    ).toEqual([]);
  });

  it('the advisor’s pages', async () => {
    const { page } = await newPage(narrow);
    await logIn(page, 'conseiller@demo.capnum.test');
    await expect.poll(() => heading(page).textContent()).toBe('Mes membres');
    const member = await firstLink(page, '/conseiller', /^\/conseiller\/membres\/[^/]+$/);
    const pack = await firstLink(page, '/conseiller', /^\/conseiller\/etapes\//);
    expect(await sideways(page, ['/conseiller', member, `${member}/fiche`, pack])).toEqual([]);
  });

  it('the staff’s pages, attendance included', async () => {
    const { page } = await newPage(narrow);
    await logIn(page, 'equipe@demo.capnum.test');
    await expect.poll(() => heading(page).textContent()).toBe('Espace équipe');
    const tour = await firstLink(page, '/equipe/tournees', /^\/equipe\/tournees\/[^/]+$/);
    const stop = await firstLink(page, tour, /^\/equipe\/etapes\/[^/]+$/);
    const session = await firstLink(page, stop, /^\/equipe\/etapes\/[^/]+\/seances\//);
    expect(
      await sideways(page, [
        '/equipe',
        '/equipe/tournees',
        tour,
        stop,
        session,
        '/equipe/ateliers',
        '/equipe/conseillers',
        '/equipe/courriels',
        '/equipe/statistiques',
        '/equipe/siret-a-verifier',
      ]),
    ).toEqual([]);
  });
});
