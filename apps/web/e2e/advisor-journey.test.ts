import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/accessibility.ts';
import { heading, logIn, navigateTo, pathOf, printedPageCount } from './support/app-pages.ts';
import { laptop } from './support/browser.ts';
import { setUpBrowserSession } from './support/browser-session.ts';

const { newPage } = setUpBrowserSession();

const memberRows = (page: Page) => page.getByRole('region', { name: /membres?/ }).getByRole('row');

describe('an advisor prepares a visit and a van day', () => {
  it('searches, filters, opens a member, adds a note, prints the brief and the stop pack', async () => {
    const { page } = await newPage(laptop);
    await logIn(page, 'conseiller@demo.capnum.test');
    await expect.poll(() => heading(page).textContent()).toBe('Mes membres');
    await expect.poll(() => memberRows(page).count()).toBeGreaterThan(2);
    await expectNoAxeViolations(page);

    // Search without the accent and the capital; the filters go to the address.
    await page.getByLabel('Entreprise, SIRET ou commune').fill('remparts');
    await page.getByLabel('Département').selectOption('89');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=remparts&departement=89');
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: /membre/ })
          .getByRole('caption')
          .textContent(),
      )
      .toBe('1 membre');
    // The filters survive a reload.
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Entreprise, SIRET ou commune').inputValue())
      .toBe('remparts');
    await page.getByRole('link', { name: 'Boulangerie des Remparts' }).click();

    await expect.poll(() => heading(page).textContent()).toBe('Boulangerie des Remparts');
    await expect
      .poll(() => page.getByRole('table', { name: 'Score et niveau par thème' }).isVisible())
      .toBe(true);
    await expectNoAxeViolations(page);
    const note = 'Rappeler avant la journée du van : refaire la fiche Google.';
    await page.getByLabel('Nouvelle note').fill(note);
    await page.getByRole('button', { name: 'Ajouter la note' }).click();
    await expect.poll(() => page.getByText('Note ajoutée.').count()).toBe(1);
    await expect.poll(() => page.getByText(note).count()).toBe(1);
    await expect.poll(() => page.getByText('Camille Martin, le').count()).toBe(1);

    await page.getByRole('link', { name: 'Fiche de visite à imprimer' }).click();
    await expect
      .poll(() => heading(page).textContent())
      .toBe('Fiche de visite : Boulangerie des Remparts');
    await expect.poll(() => page.getByText(note).count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: '/tmp/capnum-advisor-brief-print.png', fullPage: true });
    expect(await printedPageCount(page)).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // The van day in Auxerre: the members booked there, one printed page each.
    await navigateTo(page, 'Mes membres');
    await page
      .getByRole('link', { name: /^Dossier de l’étape d’?e? ?Auxerre/ })
      .first()
      .click();
    await expect.poll(() => heading(page).textContent()).toMatch(/^Étape de Auxerre, /);
    const briefs = page.locator('.visit-brief');
    await expect.poll(() => briefs.count()).toBeGreaterThan(0);
    const count = await briefs.count();
    await expect
      .poll(() => page.getByRole('table').first().getByRole('caption').textContent())
      .toBe(`${count} membre${count > 1 ? 's' : ''} inscrit${count > 1 ? 's' : ''}`);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: '/tmp/capnum-advisor-stop-pack-print.png', fullPage: true });
    expect(await printedPageCount(page)).toBe(count);
    expect(pathOf(page)).toMatch(/^\/conseiller\/etapes\//);
  });

  it('shows the artisan who read their file, in their account', async () => {
    const { page } = await newPage();
    await logIn(page, 'artisan@demo.capnum.test');
    await expect.poll(() => pathOf(page)).toBe('/mon-espace');
    await page.goto('/mon-compte');
    await expect.poll(() => heading(page).textContent()).toBe('Mon compte');
    const log = page.getByRole('region', { name: 'Qui a consulté mes données' });
    await expect.poll(() => log.getByRole('listitem').count()).toBeGreaterThan(0);
    await expect
      .poll(() => log.getByRole('listitem').first().textContent())
      .toMatch(
        /^Camille Martin \(conseiller, CMA Bourgogne-Franche-Comté\) a consulté votre fiche de visite le /,
      );
    await expect.poll(() => log.getByText(/a consulté votre dossier/).count()).toBe(1);
    expect(await page.getByLabel(/J’accepte que les conseillers/).isChecked()).toBe(true);
    await expectNoAxeViolations(page);
  });
});
