import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/accessibility.ts';
import { heading, logIn, navigateTo } from './support/app-pages.ts';
import { laptop } from './support/browser.ts';
import { setUpBrowserSession } from './support/browser-session.ts';

const { newPage } = setUpBrowserSession();

describe('chamber staff report to their funders', () => {
  it('filters the figures, reads the charts and their table, downloads a CSV and an XLSX', async () => {
    const { page } = await newPage({ ...laptop, acceptDownloads: true });
    await logIn(page, 'equipe@demo.capnum.test');
    await expect.poll(() => heading(page).textContent()).toBe('Espace équipe');
    await navigateTo(page, 'Statistiques');
    await expect.poll(() => heading(page).textContent()).toBe('Statistiques de la chambre');
    const table = page.getByRole('table', { name: 'Artisans, scores et niveaux par groupe' });
    await expect.poll(() => table.getByRole('row').count()).toBe(2);

    await page.getByLabel('Regrouper par').selectOption('departement');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?groupBy=departement');
    // Eight départements and the total; the charts draw the published ones.
    await expect.poll(() => table.getByRole('row').count()).toBe(10);
    await expect
      .poll(() => page.locator('.statistics-charts .recharts-bar-rectangle').count())
      .toBeGreaterThan(0);
    expect(await table.getByRole('rowheader', { name: 'Total' }).count()).toBe(1);
    // The map colours the chamber's eight départements among the others of France.
    await expect.poll(() => page.locator('.departements-map path').count()).toBe(96);
    expect(await page.locator('.departements-map path[stroke-width="0.8"]').count()).toBe(8);
    await page.screenshot({ path: '/tmp/capnum-statistics.png', fullPage: true });
    await expectNoAxeViolations(page);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tableur CSV (Excel)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(
      /^statistiques-cma-bourgogne-franche-comte-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const content = await readFile((await csv.path()) as string, 'utf8');
    expect(content.startsWith('\uFEFFDépartement;Artisans;')).toBe(true);
    expect(content.split('\r\n')).toHaveLength(11);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Classeur Excel (XLSX)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = await readFile((await xlsx.path()) as string);
    // A zip container, as every XLSX is.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    // The effect of the workshops and the van's activity, over the same period.
    const impact = page.getByRole('region', { name: 'L’effet des ateliers' });
    await expect.poll(() => impact.getByRole('table').getByRole('row').count()).toBe(5);
    const activity = page.getByRole('region', { name: 'L’activité du van' });
    await expect.poll(() => activity.textContent()).toContain('Aucune séance sur cette période.');
    await page.goto('/equipe/statistiques?to=2027-12-31&from=2026-01-01');
    await expect.poll(() => activity.getByRole('table').count()).toBeGreaterThan(3);
    await expectNoAxeViolations(page);
  });
});
