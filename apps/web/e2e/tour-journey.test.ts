import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/accessibility.ts';
import { heading, logIn, navigateTo } from './support/app-pages.ts';
import { setUpBrowserSession } from './support/browser-session.ts';

const browserSession = setUpBrowserSession();
const { newPage } = browserSession;

import {
  seatCount,
  seatsOf,
  seatsText,
  sessionCard,
  sessionList,
  summaryOf,
} from './support/tour-pages.ts';

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

    // The best three first, each with its theme, level, time, reason, seats and a button;
    // the rest of the day folded below.
    expect(
      await nextStop.getByRole('heading', { level: 3, name: 'Choisis pour vous' }).count(),
    ).toBe(1);
    const ranked = nextStop.getByRole('list').first().getByRole('listitem');
    await expect.poll(() => ranked.count()).toBeGreaterThan(0);
    expect(await ranked.count()).toBeLessThanOrEqual(3);
    const programme = nextStop.locator('details');
    expect(await programme.locator('summary').textContent()).toMatch(
      /^Tout le programme de l’étape \(\d+ autres? ateliers?\)$/,
    );
    expect(await programme.getAttribute('open')).toBeNull();
    await programme.locator('summary').click();
    expect(await programme.getByRole('listitem').count()).toBeGreaterThan(0);
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

    // Their space now names the next workshop booked.
    await navigateTo(page, 'Mon espace');
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toContain(`Votre prochain atelier : « ${title} »`);

    // "Mes ateliers": the booking, under its stop, confirmed.
    await navigateTo(page, 'Mes ateliers');
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
    await navigateTo(page, 'La tournée du van');
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
    await navigateTo(page, 'Mes ateliers');
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
    await navigateTo(page, 'La tournée du van');
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
