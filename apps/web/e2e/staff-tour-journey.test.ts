import { describe, expect, it } from 'vitest';
import { siretFrom } from '../../api/src/seed/siret-generator.ts';
import { expectNoAxeViolations } from './support/accessibility.ts';
import { DEMO_PASSWORD, heading, logIn, navigateTo } from './support/app-pages.ts';
import { laptop } from './support/browser.ts';
import { setUpBrowserSession } from './support/browser-session.ts';

const browserSession = setUpBrowserSession();
const { newPage } = browserSession;

import { parisDay, seatsOf, sessionCard, sessionList, summaryOf } from './support/tour-pages.ts';

describe('the van tour, for chamber staff on a laptop', () => {
  it('creates a stop with a session, and finds it on the tour page', async () => {
    const { page, errors } = await newPage(laptop);
    await logIn(page, 'equipe@demo.capnum.test');
    await expect.poll(() => heading(page).textContent()).toBe('Espace équipe');

    await page.getByRole('link', { name: 'Gérer les tournées' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Tournées du van');
    const tours = page.getByRole('table', { name: /tournées de la chambre$/ });
    await tours.waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-staff-tours.png', fullPage: true });

    const tourName = 'Le van numérique dans l’Yonne et la Nièvre';
    await tours.getByRole('link', { name: tourName }).click();
    await expect.poll(() => heading(page).textContent()).toBe(tourName);
    await page.getByRole('table', { name: '4 étapes, par date' }).waitFor();
    await expectNoAxeViolations(page);

    // A new stop in Tonnerre, the commune picked from the list with the keyboard.
    const commune = page.getByRole('combobox', { name: 'Commune de l’étape' });
    await commune.click();
    await commune.pressSequentially('Tonner', { delay: 30 });
    await page.getByRole('option', { name: /^Tonnerre \(89700\)/ }).waitFor();
    await commune.press('ArrowDown');
    await commune.press('Enter');
    expect(await commune.inputValue()).toMatch(/^Tonnerre/);
    const date = parisDay(40);
    await page.getByLabel('Date', { exact: true }).fill(date);
    await page.getByLabel('Adresse', { exact: true }).fill('Place Marguerite-de-Bourgogne');
    await page.screenshot({ path: '/tmp/capnum-staff-tour.png', fullPage: true });
    await page.getByRole('button', { name: 'Ajouter l’étape' }).click();

    await expect.poll(() => heading(page).textContent()).toMatch(/^Tonnerre, /);
    await page.getByText('Aucune séance n’est encore programmée à cette étape').waitFor();
    await expectNoAxeViolations(page);

    // A session whose end comes before its start: the API's refusal shows above the form.
    const workshop = page.getByLabel('Atelier', { exact: true });
    await workshop.selectOption({ index: 1 });
    const workshopOption = await workshop.locator('option:checked').textContent();
    const workshopTitle = (workshopOption ?? '').replace(/ \([^)]*\)$/, '');
    await page.getByLabel('Début', { exact: true }).fill('11:00');
    // The end follows the workshop's duration…
    expect(await page.getByLabel('Fin', { exact: true }).inputValue()).toMatch(/^1[1-9]:\d{2}$/);
    // …and is then set wrong on purpose.
    await page.getByLabel('Fin', { exact: true }).fill('10:00');
    await page.getByLabel('Nombre de places').fill('10');
    await page.getByRole('button', { name: 'Programmer la séance' }).click();
    const refusal = page
      .getByRole('alert')
      .filter({ hasText: 'La fin de la séance doit être après son début.' });
    await refusal.waitFor();
    expect(await refusal.getByRole('link').textContent()).toBe('La fin doit être après le début.');
    expect(await page.getByLabel('Fin', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-staff-stop-error.png', fullPage: true });

    await page.getByLabel('Fin', { exact: true }).fill('12:30');
    await page.getByRole('button', { name: 'Programmer la séance' }).click();
    const created = page.getByRole('status').filter({ hasText: 'est programmée' });
    await expect
      .poll(() => created.textContent())
      .toBe(`La séance « ${workshopTitle} » (11 h – 12 h 30) est programmée.`);
    const sessions = page.getByRole('table', { name: '1 séance, par heure de début' });
    await sessions.waitFor();
    expect(await sessions.locator('tbody tr').first().locator('td, th').allTextContents()).toEqual([
      '11 h – 12 h 30',
      workshopTitle,
      expect.any(String),
      '10',
      '0',
      '0',
      '10',
      'Prévue',
    ]);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-staff-stop.png', fullPage: true });

    // The session's own page: its figures, nobody registered yet.
    await sessions.getByRole('link', { name: workshopTitle }).click();
    await expect.poll(() => heading(page).textContent()).toBe(workshopTitle);
    await page.getByText('Personne ne s’est encore inscrit à cette séance.').waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-staff-session.png', fullPage: true });

    // Everyone's tour page lists the new stop and its seats.
    await page.goto('/tournee');
    await expect.poll(() => heading(page).textContent()).toBe('La tournée du van numérique');
    const tonnerre = page.getByRole('region', { name: /Tonnerre \(89\)$/ });
    await tonnerre.waitFor();
    // Staff have no home: only the first stop shows its sessions; the jump list opens another.
    expect(await sessionList(page.getByRole('region').first()).count()).toBe(1);
    expect(await sessionList(tonnerre).count()).toBe(0);
    const jump = page.getByRole('link', { name: /: Tonnerre \(89\)$/ });
    const anchor = (await jump.getAttribute('href')) as string;
    await jump.click();
    expect(`#${await page.evaluate(() => document.activeElement?.id)}`).toBe(anchor);
    await sessionList(tonnerre).waitFor();
    const newSession = sessionCard(tonnerre, workshopTitle);
    expect(await seatsOf(newSession)).toBe('10 places restantes');
    expect(
      await newSession.getByRole('link', { name: `Gérer la séance : ${workshopTitle}` }).count(),
    ).toBe(1);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-staff-tour-page.png', fullPage: true });

    // Folded again, the stop opens when its anchor is followed, and when the page loads with it.
    await summaryOf(tonnerre).click();
    await expect.poll(() => sessionList(tonnerre).count()).toBe(0);
    await page.goto(`/tournee${anchor}`);
    await sessionList(tonnerre).waitFor();
    await page.reload();
    await sessionList(tonnerre).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(anchor.slice(1));
    expect(await sessionCard(tonnerre, workshopTitle).count()).toBe(1);

    expect(errors.filter((error) => error.startsWith('pageerror'))).toEqual([]);
  });

  it('keeps a scheduled workshop in the catalogue and says why', async () => {
    const { page } = await newPage(laptop);
    await logIn(page, 'equipe@demo.capnum.test');
    await expect.poll(() => heading(page).textContent()).toBe('Espace équipe');
    await navigateTo(page, 'Ateliers');
    await expect.poll(() => heading(page).textContent()).toBe('Catalogue des ateliers');
    const catalogue = page.getByRole('table', { name: /^Le catalogue compte \d+ ateliers$/ });
    await catalogue.waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-staff-workshops.png', fullPage: true });

    const firstTitle = (await catalogue.locator('tbody th').first().textContent()) as string;
    await catalogue.getByRole('button', { name: `Modifier : ${firstTitle}` }).click();
    const formTitle = page.getByRole('heading', { name: `Modifier l’atelier « ${firstTitle} »` });
    await formTitle.waitFor();
    expect(await page.getByLabel('Intitulé de l’atelier').inputValue()).toBe(firstTitle);
    await page.getByRole('button', { name: 'Supprimer cet atelier' }).click();
    await page.getByRole('button', { name: 'Oui, supprimer l’atelier' }).click();
    // Every catalogue workshop is scheduled in the demo tour: the API refuses (409), and says why.
    const refusal = page.getByRole('alert').filter({ hasText: /^Cet atelier / });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(
      /^Cet atelier (a déjà reçu \d+ inscriptions? : il ne peut pas être supprimé|est programmé dans \d+ séances? : supprimez d’abord ces séances)\./,
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-staff-workshops-refusal.png', fullPage: true });

    // A new workshop joins the catalogue.
    await page.getByRole('button', { name: 'Fermer sans enregistrer' }).click();
    await page
      .getByLabel('Intitulé de l’atelier')
      .fill('Photographier ses réalisations au téléphone');
    await page.getByRole('radio', { name: 'Valoriser la création de contenu' }).check();
    await page.getByRole('radio', { name: 'Découverte' }).check();
    await page.getByLabel('Durée, en minutes').fill('60');
    await page
      .getByLabel('Description')
      .fill('Lumière, cadrage, fond : des photos qui donnent envie.');
    await page.getByRole('button', { name: 'Ajouter l’atelier' }).click();
    await page
      .getByRole('status')
      .filter({
        hasText:
          'L’atelier « Photographier ses réalisations au téléphone » est ajouté au catalogue.',
      })
      .waitFor();
    await catalogue
      .getByRole('rowheader', { name: 'Photographier ses réalisations au téléphone' })
      .waitFor();
  });

  it('marks attendance once a session has started, and refuses a capacity below the bookings', async () => {
    const api = browserSession.api();
    const call = async (token: string | null, method: string, path: string, body?: unknown) => {
      const response = await fetch(`${api.baseUrl}${path}`, {
        method,
        headers: {
          ...(token && { authorization: `Bearer ${token}` }),
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const answer = response.status === 204 ? null : await response.json();
      if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(answer)}`);
      return answer;
    };
    const login = async (email: string, password = DEMO_PASSWORD) =>
      (await call(null, 'POST', '/api/auth/login', { email, password })).accessToken as string;

    const staff = await login('equipe@demo.capnum.test');
    // A session tomorrow, booked now; then the server's clock and the browser's move
    // to the day after, when it has started and attendance can be marked.
    const tomorrow = parisDay(1);
    const { tours } = await call(staff, 'GET', '/api/staff/tours');
    const { workshops } = await call(staff, 'GET', '/api/staff/workshops');
    const stop = await call(staff, 'POST', '/api/staff/stops', {
      tourId: tours[0].id,
      communeCode: '89206',
      date: tomorrow,
      address: 'Place de l’Hôtel-de-Ville',
    });
    const offset =
      new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' })
        .formatToParts(new Date())
        .find((part) => part.type === 'timeZoneName')
        ?.value.replace('GMT', '') || '+00:00';
    const session = await call(staff, 'POST', '/api/staff/sessions', {
      stopId: stop.id,
      workshopId: workshops[0].id,
      startsAt: `${tomorrow}T10:00:00${offset}`,
      endsAt: `${tomorrow}T11:30:00${offset}`,
      capacity: 5,
    });
    const artisan = await login('artisan@demo.capnum.test');
    await call(artisan, 'POST', `/api/sessions/${session.id}/registrations`);
    const unique = Date.now().toString().slice(-7);
    const secondEmail = `ebeniste-${unique}@exemple.fr`;
    await call(null, 'POST', '/api/auth/signup', {
      email: secondEmail,
      password: 'un rabot bien affûté',
      businessName: `Ébénisterie ${unique}`,
      siret: siretFrom(`891000${unique}`),
      trade: 'Ébéniste',
      sector: 'fabrication',
      communeCode: '89024',
      employeeBand: '0',
    });
    // Booking waits for the address to be confirmed: follow the e-mailed link.
    const link = await api.emailedLink(secondEmail, '/confirmer-mon-adresse');
    await call(null, 'POST', '/api/auth/email-confirmation', {
      token: new URLSearchParams(link.split('?')[1]).get('jeton'),
    });
    const second = await call(null, 'POST', '/api/auth/login', {
      email: secondEmail,
      password: 'un rabot bien affûté',
    });
    await call(second.accessToken, 'POST', `/api/sessions/${session.id}/registrations`);
    api.setClockOffset(2 * 86_400_000);

    const { page } = await newPage(laptop);
    await page.clock.setFixedTime(api.now());
    await logIn(page, 'equipe@demo.capnum.test');
    await expect.poll(() => heading(page).textContent()).toBe('Espace équipe');
    await page.goto(`/equipe/etapes/${stop.id}/seances/${session.id}`);
    await expect.poll(() => heading(page).textContent()).toBe(workshops[0].title);
    const registrants = page.getByRole('table', { name: '2 inscriptions, par ordre d’arrivée' });
    await registrants.waitFor();
    expect(await registrants.locator('tbody th').allTextContents()).toEqual([
      'Boulangerie des Remparts',
      `Ébénisterie ${unique}`,
    ]);
    const present = registrants.getByRole('checkbox', {
      name: 'Présent : Boulangerie des Remparts',
    });
    expect(await present.isChecked()).toBe(false);
    await present.check();
    await page.getByRole('status').filter({ hasText: 'présence enregistrée' }).waitFor();
    const firstRow = registrants.locator('tbody tr').first();
    await expect.poll(() => firstRow.locator('.registration-status').textContent()).toBe('Présent');
    const presentFigure = page
      .locator('.figures div')
      .filter({ hasText: 'Présents' })
      .locator('dd');
    expect(await presentFigure.textContent()).toBe('1');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-staff-attendance.png', fullPage: true });

    // Unticked by mistake and ticked again, with the keyboard.
    await present.press('Space');
    await page.getByRole('status').filter({ hasText: 'noté absent' }).waitFor();
    await expect.poll(() => presentFigure.textContent()).toBe('0');
    await present.press('Space');
    await expect.poll(() => presentFigure.textContent()).toBe('1');

    // Two seats are taken: one place is not enough, and the API's reason shows by the form.
    await page.getByLabel('Nombre de places').fill('1');
    await page.getByRole('button', { name: 'Enregistrer la séance' }).click();
    const refusal = page
      .getByRole('alert')
      .filter({ hasText: 'Impossible de réduire la capacité à 1' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('2 personnes ont déjà une place confirmée');
    await expectNoAxeViolations(page);
  });

  it('reviews a SIRET that a second account declared', async () => {
    const api = browserSession.api();
    const unique = Date.now().toString().slice(-7);
    // The demo bakery's SIRET, declared again by a newcomer in Sens.
    const signup = await fetch(`${api.baseUrl}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `boulangerie-${unique}@exemple.fr`,
        password: 'une baguette bien cuite',
        businessName: `Fournil ${unique}`,
        siret: siretFrom('8912345670001'),
        trade: 'Boulanger',
        sector: 'alimentation',
        communeCode: '89387',
        employeeBand: '0',
      }),
    });
    expect(signup.status).toBe(202);

    const { page } = await newPage(laptop);
    await logIn(page, 'equipe@demo.capnum.test');
    await expect.poll(() => heading(page).textContent()).toBe('Espace équipe');
    await page.getByRole('link', { name: 'Vérifier les SIRET' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('SIRET à vérifier');
    const table = page.getByRole('table', { name: /comptes? à vérifier$/ });
    await table.waitFor();
    const row = table.locator('tbody tr').filter({ hasText: `Fournil ${unique}` });
    expect(await row.textContent()).toContain('Boulangerie des Remparts');
    expect(await row.textContent()).toContain('adresse non confirmée');
    await expectNoAxeViolations(page);
    await row.getByRole('button', { name: `Marquer comme vérifié : Fournil ${unique}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Le SIRET de Fournil ${unique} est marqué comme vérifié.` })
      .waitFor();
    await expect.poll(() => row.count()).toBe(0);
  });
});
