import { describe, expect, it } from 'vitest';
import { siretFrom } from '../../api/src/seed/siret-generator.ts';
import { expectNoAxeViolations } from './support/accessibility.ts';
import {
  DEMO_PASSWORD,
  heading,
  logIn,
  mainNavigation,
  openMenu,
  pathOf,
  submitLogIn,
} from './support/app-pages.ts';
import { setUpBrowserSession } from './support/browser-session.ts';

const { newPage, api } = setUpBrowserSession();

describe('authentication journey on a phone', () => {
  it('signs a new artisan up, logs out and logs back in', async () => {
    const { page, errors } = await newPage();

    await page.goto('/');
    await expect
      .poll(() => heading(page).textContent())
      .toBe('Où en est votre entreprise sur internet ?');
    expect(await page.title()).toBe('Accueil · Cap Numérique');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-home.png', fullPage: true });

    await page.getByRole('main').getByRole('link', { name: 'Créer mon compte' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Créer mon compte artisan');
    expect(await page.title()).toBe('Créer mon compte artisan · Cap Numérique');
    // After a client-side navigation, focus lands on the new page's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectNoAxeViolations(page);

    // Sending the empty form lists the problems, in French, and the page stays accessible.
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.textContent()).toContain('Le formulaire contient 8 erreurs');
    expect(await summary.textContent()).toContain(
      'Choisissez la commune de l’entreprise dans la liste proposée.',
    );
    expect(await page.getByLabel('Numéro SIRET').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);

    const unique = Date.now().toString().slice(-7);
    const email = `menuiserie-${unique}@exemple.fr`;
    const password = 'un copeau de chêne';
    const siret = siretFrom(`890000${unique}`);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByLabel('Nom de l’entreprise').fill(`Menuiserie ${unique}`);
    // Typed the way it is printed on a Kbis, with spaces.
    await page
      .getByLabel('Numéro SIRET')
      .fill(siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4'));
    await page.getByLabel('Votre métier').fill('Menuisier');
    await page.getByRole('radio', { name: 'Bâtiment' }).check();

    // The commune, by the start of its name, chosen from the list with the keyboard only.
    const commune = page.getByRole('combobox', { name: 'Commune de l’entreprise' });
    await commune.click();
    await commune.pressSequentially('Auxer', { delay: 40 });
    const auxerre = page.getByRole('option', { name: /^Auxerre \(89000[,)]/ });
    await auxerre.waitFor();
    expect(await commune.getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-commune-combobox.png' });
    // Escape closes the list without choosing; Down arrow reopens it on the first option.
    await commune.press('Escape');
    expect(await commune.getAttribute('aria-expanded')).toBe('false');
    await commune.press('ArrowDown');
    expect(await commune.getAttribute('aria-expanded')).toBe('true');
    expect(await auxerre.getAttribute('aria-selected')).toBe('true');
    expect(await commune.getAttribute('aria-activedescendant')).toBe(
      await auxerre.getAttribute('id'),
    );
    const auxerreLabel = await auxerre.locator('.combobox__option-label').textContent();
    await commune.press('Enter');
    expect(await commune.inputValue()).toBe(auxerreLabel);
    expect(await commune.getAttribute('aria-expanded')).toBe('false');
    expect(
      await page.getByRole('status').filter({ hasText: 'Commune choisie' }).textContent(),
    ).toBe(`Commune choisie : ${auxerreLabel}, département 89.`);

    await page.getByRole('radio', { name: '1 ou 2 salariés' }).check();
    await page
      .getByRole('checkbox', {
        name: 'J’accepte que mon conseiller de la CMA consulte mes résultats',
      })
      .check();
    await page.screenshot({ path: '/tmp/capnum-signup.png', fullPage: true });
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
    expect(new URL(page.url()).pathname).toBe('/mon-espace');
    // Nothing sent yet: the page says to start with the self-assessment.
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toContain('Bonjour ! Voici votre espace Cap Numérique. Commencez par votre autodiagnostic');
    expect(await page.getByRole('main').textContent()).toContain(`Menuiserie ${unique}`);
    expect(await page.getByRole('main').textContent()).toContain(
      'Votre conseiller de la CMA peut consulter vos résultats.',
    );
    // The address is not confirmed yet: a banner says why bookings wait, and sends a new link.
    const banner = page.getByRole('region', { name: 'Confirmation de votre adresse e-mail' });
    expect(await banner.textContent()).toContain(
      `Confirmez votre adresse e-mail : nous avons envoyé un lien à ${email}.`,
    );
    await banner.getByRole('button', { name: 'Recevoir un nouveau lien' }).click();
    await expect
      .poll(() => banner.getByRole('status').textContent())
      .toBe(`Un nouveau lien vient d’être envoyé à ${email}.`);
    await expectNoAxeViolations(page);
    // The link from the e-mail confirms the address; the banner goes.
    await page.goto(await api().emailedLink(email, '/confirmer-mon-adresse'));
    await expect
      .poll(() => page.getByRole('main').getByRole('status').first().textContent())
      .toBe(`C’est fait : l’adresse ${email} est confirmée.`);
    expect(await banner.count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Aller à mon espace' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
    const diagnosticLink = page.getByRole('link', { name: 'Commencer mon autodiagnostic' });
    expect(await diagnosticLink.getAttribute('href')).toBe('/diagnostic');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-artisan-home.png', fullPage: true });

    // A reload keeps the session: the access token is in memory only, the refresh cookie restores it.
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length].join(','))).toBe(
      '0,0',
    );

    await diagnosticLink.click();
    await expect.poll(() => heading(page).textContent()).toBe('Mon autodiagnostic');

    // On a phone, "Se déconnecter" is in the menu.
    await openMenu(page);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Se connecter');
    expect(await page.getByRole('status').first().textContent()).toContain('Vous êtes déconnecté');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-login.png', fullPage: true });

    // The artisan's pages are closed once logged out.
    await page.goto('/mon-espace');
    await expect.poll(() => heading(page).textContent()).toBe('Se connecter');

    // A wrong password gets the API's generic message, in an alert.
    await submitLogIn(page, email, 'pas le bon mot de passe');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Adresse e-mail ou mot de passe incorrect.');
    // Sent with a click, focus still lands on the message.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Adresse e-mail ou mot de passe incorrect.');

    await submitLogIn(page, email, password);
    // The guard sent them to login from /mon-espace: they come back there.
    await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
    expect(await page.getByRole('main').textContent()).toContain(`Menuiserie ${unique}`);

    expect(errors.filter((error) => error.startsWith('pageerror'))).toEqual([]);
  });

  it('answers a sign-up with a known address by "check your inbox", revealing nothing', async () => {
    const { page } = await newPage();
    await page.goto('/inscription');
    await page.getByLabel('Adresse e-mail').fill('artisan@demo.capnum.test');
    await page.getByLabel('Mot de passe').fill('pas le mot de passe du compte');
    await page.getByLabel('Nom de l’entreprise').fill('Boulangerie usurpée');
    await page.getByLabel('Numéro SIRET').fill(siretFrom('8900001234567'));
    await page.getByLabel('Votre métier').fill('Boulanger');
    await page.getByRole('radio', { name: 'Alimentation' }).check();
    const commune = page.getByRole('combobox', { name: 'Commune de l’entreprise' });
    // Typed in full, the one commune of that name is taken without opening the list.
    await commune.pressSequentially('Auxerre', { delay: 20 });
    await expect.poll(() => commune.inputValue()).toMatch(/^Auxerre \(89000/);
    await page.getByRole('radio', { name: 'Aucun salarié' }).check();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Vérifiez votre boîte de réception');
    expect(await page.getByRole('main').textContent()).toContain(
      'Nous avons écrit à artisan@demo.capnum.test.',
    );
    await expectNoAxeViolations(page);
  });

  it('logs the demo artisan in to their space', async () => {
    const { page } = await newPage();
    await logIn(page, 'artisan@demo.capnum.test', DEMO_PASSWORD);
    await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
    // The person is greeted, then told where they stand: results ready, nothing booked yet.
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toContain(
        'Bonjour ! Vos résultats sont prêts : voyez vos priorités, et les ateliers du van près de chez vous.',
      );
    expect(await page.getByRole('main').textContent()).toContain('Boulangerie des Remparts');
    expect(await page.getByRole('main').textContent()).toContain(
      'Le van de votre chambre s’arrête près de chez vous',
    );
    await openMenu(page);
    expect(await mainNavigation(page).getByRole('link').allTextContents()).toEqual([
      'Mon espace',
      'Mon autodiagnostic',
      'La tournée du van',
      'Mes ateliers',
      'Mon compte',
    ]);
  });

  it('keeps the session when two tabs restore it at the same time', async () => {
    const { context, page } = await newPage();
    await logIn(page, 'artisan@demo.capnum.test', DEMO_PASSWORD);
    await expect.poll(() => heading(page).textContent()).toBe('Mon espace');

    // Both tabs rotate the same refresh cookie; a token used twice would end the session.
    // Hold refresh requests until both tabs have sent one (or half a second has passed),
    // so that without coordination they would certainly present the same cookie.
    const held: (() => void)[] = [];
    await context.route('**/api/auth/refresh', async (route) => {
      await new Promise<void>((release) => {
        held.push(release);
        if (held.length >= 2) for (const next of held) next();
        setTimeout(release, 500);
      });
      await route.continue();
    });
    const tabs = await Promise.all([context.newPage(), context.newPage()]);
    await Promise.all(tabs.map((tab) => tab.goto('/mon-espace')));
    for (const tab of tabs) {
      await expect.poll(() => heading(tab).textContent()).toBe('Mon espace');
    }
    await context.unrouteAll();
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
  });

  it('takes chamber staff to the staff home, and keeps them out of the artisan pages', async () => {
    const { page } = await newPage();
    await logIn(page, 'equipe@demo.capnum.test', DEMO_PASSWORD);
    await expect.poll(() => heading(page).textContent()).toBe('Espace équipe');
    expect(pathOf(page)).toBe('/equipe');
    expect(await page.getByRole('main').textContent()).toContain('CMA Bourgogne-Franche-Comté');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-staff-home.png', fullPage: true });

    await page.goto('/mon-espace');
    await expect.poll(() => heading(page).textContent()).toBe('Espace équipe');
  });

  it('takes an advisor to their member list', async () => {
    const { page } = await newPage();
    await logIn(page, 'conseiller@demo.capnum.test', DEMO_PASSWORD);
    await expect.poll(() => heading(page).textContent()).toBe('Mes membres');
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    expect(await page.getByRole('main').textContent()).toContain('CMA Bourgogne-Franche-Comté');
    await expectNoAxeViolations(page);
  });

  it('resets a forgotten password from the e-mailed link, then logs in with the new one', async () => {
    const { page } = await newPage();
    const email = 'demo-bfc-002@demo.capnum.test';
    await page.goto('/connexion');
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Mot de passe oublié');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByRole('button', { name: 'Recevoir le lien' }).click();
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toContain(`Si un compte existe pour ${email}, un e-mail vient de partir`);
    await expectNoAxeViolations(page);

    await page.goto(await api().emailedLink(email, '/nouveau-mot-de-passe'));
    await expect.poll(() => heading(page).textContent()).toBe('Choisir un nouveau mot de passe');
    await page.getByLabel('Nouveau mot de passe').fill('court');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Le mot de passe doit contenir au moins 10 caractères.');
    await page.getByLabel('Nouveau mot de passe').fill('une phrase toute neuve');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toContain('Votre mot de passe est changé.');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Retour à la connexion' }).click();
    await submitLogIn(page, email, 'une phrase toute neuve');
    await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
  });

  it('answers an unknown address with a 404 page', async () => {
    const { page } = await newPage();
    await page.goto('/page-qui-n-existe-pas');
    await expect.poll(() => heading(page).textContent()).toBe('Page introuvable');
    expect(await page.title()).toBe('Page introuvable · Cap Numérique');
    await expectNoAxeViolations(page);
  });
});
