import { readFile } from 'node:fs/promises';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siretFrom } from '../../api/src/seed/siret-generator.ts';
import { expectNoAxeViolations } from './support/accessibility.ts';
import { DEMO_PASSWORD, heading, logIn, mainNavigation } from './support/app-pages.ts';
import { laptop } from './support/browser.ts';
import { setUpBrowserSession } from './support/browser-session.ts';

const browserSession = setUpBrowserSession();
const { newPage } = browserSession;

/** The card of one session, inside a list of sessions, found by its workshop title. */
function sessionCard(scope: Locator, title: string): Locator {
  return scope
    .getByRole('listitem')
    .filter({ has: scope.page().getByRole('heading', { name: title, exact: true }) });
}

/** A stop's sessions, in the accessibility tree only while its `<details>` is open. */
const sessionList = (stop: Locator) => stop.getByRole('list', { name: /^Ateliers à / });

/** The line that folds and unfolds a stop's sessions. */
const summaryOf = (stop: Locator) => stop.locator('summary');

const seatsOf = async (card: Locator) => card.locator('.session-card__seats').textContent();

/** "3 places restantes" → 3. */
function seatCount(seats: string | null): number {
  const match = /^(\d+) places? restantes?$/.exec(seats ?? '');
  if (!match) throw new Error(`not a seat count: ${seats}`);
  return Number(match[1]);
}

const seatsText = (count: number) =>
  count === 1 ? '1 place restante' : `${count} places restantes`;

/** Today in Paris, and a day some weeks ahead, as 'YYYY-MM-DD'. */
function parisDay(offsetDays = 0): string {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(day);
}

describe('the van tour, for an artisan on a phone', () => {
  it('books a recommended session from the results, finds it in "Mes ateliers", then cancels it', async () => {
    const { page, errors } = await newPage();
    await logIn(page, 'artisan@demo.capnum.test');
    await expect.poll(() => heading(page).textContent()).toBe('Mon espace');

    // Their latest results end with the van's next stop near them: Auxerre (89).
    await page.getByRole('link', { name: 'Voir mes derniers résultats' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Mes résultats');
    const nextStop = page.getByRole('region', { name: /^Votre prochaine étape du van/ });
    await nextStop.waitFor();
    expect(await nextStop.getByRole('heading', { level: 2 }).textContent()).toMatch(
      /^Votre prochaine étape du van : Auxerre, le (lundi|mardi|mercredi|jeudi|vendredi) \d{1,2} \S+( \d{4})?$/,
    );
    expect(await nextStop.textContent()).toContain(
      'Le van vous attend Place de l’Arquebuse, à Auxerre (89).',
    );

    // Ranked sessions, each with its theme, level, time, reason, seats and a button.
    const ranked = nextStop.getByRole('list').first().getByRole('listitem');
    expect(await ranked.count()).toBeGreaterThan(3);
    const first = ranked.first();
    expect(await first.locator('.session-card__reason').textContent()).toMatch(/^Votre score en /);
    expect(await first.locator('dd').first().textContent()).toMatch(
      /^\d{1,2} h( \d{2})? – \d{1,2} h( \d{2})?$/,
    );
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-results-next-stop.png', fullPage: true });

    // The first recommended session with a free seat gets booked.
    const titles = await ranked.locator('h3').allTextContents();
    const seats = await ranked.locator('.session-card__seats').allTextContents();
    const index = seats.findIndex((text) => /restantes?$/.test(text));
    expect(index).toBeGreaterThanOrEqual(0);
    const title = titles[index] as string;
    const seatsBefore = seatCount(seats[index] as string);
    const card = sessionCard(nextStop, title);
    await card.getByRole('button', { name: new RegExp(`^Réserver : ${title}`) }).click();
    const booked = card.getByRole('status');
    await expect.poll(() => booked.textContent()).toBe('Réservé : votre place est confirmée.');
    // The button is gone: focus moved to the outcome, which a screen reader reads out.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Réservé : votre place est confirmée.',
    );
    expect(await seatsOf(card)).toBe(seatsText(seatsBefore - 1));
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-results-booked.png', fullPage: true });

    // "Mes ateliers": the booking, under its stop, confirmed.
    await mainNavigation(page).getByRole('link', { name: 'Mes ateliers' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Mes ateliers');
    const myStop = page.getByRole('region', { name: /Auxerre \(89\)$/ });
    await myStop.waitFor();
    const myBooking = sessionCard(myStop, title);
    expect(await myBooking.locator('.registration-status').textContent()).toBe('Place confirmée');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-my-workshops.png', fullPage: true });

    // "Ajouter à mon agenda" downloads the calendar file fetched with the bearer token.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      myBooking.getByRole('button', { name: `Ajouter à mon agenda : ${title}` }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^atelier-\d{4}-\d{2}-\d{2}-auxerre\.ics$/);
    const calendar = await readFile(await download.path(), 'utf8');
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:Van numérique : ${title}`);

    // The tour page counts one seat fewer, and knows this session is booked.
    await mainNavigation(page).getByRole('link', { name: 'La tournée du van' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('La tournée du van numérique');
    const auxerre = page.getByRole('region', { name: /Auxerre \(89\)$/ }).first();
    await auxerre.waitFor();
    const onTour = sessionCard(auxerre, title);
    expect(await seatsOf(onTour)).toBe(seatsText(seatsBefore - 1));
    expect(await onTour.getByRole('status').textContent()).toBe(
      'Réservé : votre place est confirmée.',
    );
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-tour.png', fullPage: true });

    // Only the stop near them shows its sessions; its summary adds up the seats left.
    expect(await page.getByRole('list', { name: /^Ateliers à / }).count()).toBe(1);
    const auxerreSeats = (await auxerre.locator('.session-card__seats').allTextContents())
      .filter((text) => /restantes?$/.test(text))
      .reduce((total, text) => total + seatCount(text), 0);
    const auxerreCards = await sessionList(auxerre).getByRole('listitem').count();
    expect(await summaryOf(auxerre).textContent()).toMatch(
      new RegExp(
        `^À Auxerre, le \\S+ \\d{1,2} \\S+( \\d{4})?\u00a0: ${auxerreCards} ateliers, ${auxerreSeats} places restantes au total$`,
      ),
    );
    // Another stop's sessions unfold and fold again from its summary, with the keyboard.
    const foldedTitleId = await page
      .getByRole('region')
      .filter({ has: page.locator('details:not([open])') })
      .first()
      .getAttribute('aria-labelledby');
    const folded = page.locator(`section[aria-labelledby="${foldedTitleId}"]`);
    expect(await sessionList(folded).count()).toBe(0);
    await summaryOf(folded).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => sessionList(folded).getByRole('listitem').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => sessionList(folded).count()).toBe(0);

    // Cancelling asks first; the keyboard is enough.
    await mainNavigation(page).getByRole('link', { name: 'Mes ateliers' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Mes ateliers');
    const toCancel = sessionCard(page.getByRole('region', { name: /Auxerre \(89\)$/ }), title);
    await toCancel
      .getByRole('button', { name: `Annuler ma réservation : ${title}` })
      .press('Enter');
    const question = toCancel.getByRole('group', {
      name: `Voulez-vous vraiment annuler votre place à l’atelier « ${title} » ?`,
    });
    await question.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Oui, annuler ma place',
    );
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-my-workshops-cancel.png', fullPage: true });
    // "Non" keeps the seat and gives focus back to the first button.
    await question.getByRole('button', { name: 'Non, garder ma place' }).press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      `Annuler ma réservation : ${title}`,
    );
    await toCancel.getByRole('button', { name: `Annuler ma réservation : ${title}` }).click();
    await toCancel.getByRole('button', { name: 'Oui, annuler ma place' }).click();
    const announcement = page.getByRole('status').filter({ hasText: 'est annulée' });
    await expect
      .poll(() => announcement.textContent())
      .toMatch(new RegExp(`^Votre réservation à l’atelier « ${title} » du .+ est annulée\\.$`));
    await expect.poll(() => toCancel.count()).toBe(0);
    await expectNoAxeViolations(page);

    // The seat is back on the tour page, bookable again.
    await mainNavigation(page).getByRole('link', { name: 'La tournée du van' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('La tournée du van numérique');
    const again = sessionCard(page.getByRole('region', { name: /Auxerre \(89\)$/ }).first(), title);
    await again.waitFor();
    expect(await seatsOf(again)).toBe(seatsText(seatsBefore));
    expect(
      await again.getByRole('button', { name: new RegExp(`^Réserver : ${title}`) }).count(),
    ).toBe(1);

    expect(errors.filter((error) => error.startsWith('pageerror'))).toEqual([]);
  });

  it('shows a failure with a way to retry, then the empty state, under the results', async () => {
    const { page } = await newPage();
    await logIn(page, 'artisan@demo.capnum.test');
    await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
    // The API is down, then answers that the chamber has no stop planned.
    let down = true;
    await page.route('**/api/assessments/*/recommendations', (route) =>
      down
        ? route.fulfill({
            status: 503,
            json: {
              statusCode: 503,
              code: 'UNAVAILABLE',
              message: 'Service momentanément indisponible.',
            },
          })
        : route.fulfill({ status: 200, json: { stop: null, sessions: [] } }),
    );
    await page.getByRole('link', { name: 'Voir mes derniers résultats' }).click();
    const section = page.getByRole('region', {
      name: 'Les ateliers du van numérique près de chez vous',
    });
    const failure = section.getByRole('alert');
    await failure.waitFor();
    expect(await failure.textContent()).toBe('Service momentanément indisponible.');
    await expectNoAxeViolations(page);

    down = false;
    await section.getByRole('button', { name: 'Réessayer' }).click();
    await section.getByText('Le van n’a pas encore d’étape prévue près de chez vous.').waitFor();
    expect(
      await section
        .getByRole('link', { name: 'Voir toutes les étapes du van' })
        .getAttribute('href'),
    ).toBe('/tournee');
    await expectNoAxeViolations(page);
    await section.screenshot({ path: '/tmp/capnum-results-no-stop.png' });
  });

  it('says so when there is nothing booked yet', async () => {
    const { page } = await newPage();
    await logIn(page, 'artisan@demo.capnum.test');
    await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
    await page.goto('/mes-ateliers');
    await expect.poll(() => heading(page).textContent()).toBe('Mes ateliers');
    const empty = page.getByText('Vous n’avez encore réservé aucun atelier.', { exact: false });
    await empty.waitFor();
    expect(
      await page
        .getByRole('main')
        .getByRole('link', { name: 'Voir les étapes du van' })
        .getAttribute('href'),
    ).toBe('/tournee');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-my-workshops-empty.png', fullPage: true });
  });
});

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
    await commune.pressSequentially('Tonnerre', { delay: 30 });
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
    await mainNavigation(page).getByRole('link', { name: 'Ateliers' }).click();
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
