import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/accessibility.ts';
import { DEMO_PASSWORD, heading, logIn, navigateTo, submitLogIn } from './support/app-pages.ts';
import { laptop } from './support/browser.ts';
import { setUpBrowserSession } from './support/browser-session.ts';

const { newPage } = setUpBrowserSession();

describe('a chamber runs its own accounts; an artisan takes their data away and erases it', () => {
  it('staff invite an advisor, who follows the link from "Courriels envoyés", sets a password and logs in', async () => {
    const { page } = await newPage(laptop);
    await logIn(page, 'equipe@demo.capnum.test');
    await expect.poll(() => heading(page).textContent()).toBe('Espace équipe');
    await navigateTo(page, 'Équipe');
    await expect.poll(() => heading(page).textContent()).toBe('L’équipe et les conseillers');
    await expectNoAxeViolations(page);

    const email = 'lou.garnier@cma-bfc.test';
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Prénom et nom').fill('Lou Garnier');
    await page.getByRole('checkbox', { name: '89' }).first().check();
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toContain(`Invitation envoyée à ${email}.`);
    const row = page
      .getByRole('table', { name: 'Invitations' })
      .getByRole('row', { name: /Lou Garnier/ });
    await expect.poll(() => row.textContent()).toContain('En attente');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Voir les courriels envoyés' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Courriels envoyés');
    const invitationMail = page
      .getByRole('listitem')
      .filter({ hasText: `À : ${email}` })
      .first();
    await expect.poll(() => invitationMail.textContent()).toContain('Bonjour Lou Garnier,');
    const href = await invitationMail.getByRole('link').first().getAttribute('href');
    expect(href).toMatch(/\/invitation\?jeton=/);
    await expectNoAxeViolations(page);

    // The advisor, on their own phone: the link's path on this server.
    const advisor = (await newPage()).page;
    const link = new URL(href ?? '');
    await advisor.goto(link.pathname + link.search);
    await expect
      .poll(() => heading(advisor).textContent())
      .toBe('Rejoindre l’équipe de votre chambre');
    await expectNoAxeViolations(advisor);
    await advisor.getByLabel('Votre mot de passe').fill('court');
    await advisor.getByRole('button', { name: 'Accepter l’invitation' }).click();
    await expect
      .poll(() => advisor.getByRole('alert').first().textContent())
      .toContain('Le mot de passe doit contenir au moins 10 caractères.');
    await advisor.getByLabel('Votre mot de passe').fill('une phrase pour lou');
    await advisor.getByRole('button', { name: 'Accepter l’invitation' }).click();
    await expect.poll(() => heading(advisor).textContent()).toBe('Mes membres');

    // Later, on another device, with the password chosen.
    const later = (await newPage()).page;
    await logIn(later, email, 'une phrase pour lou');
    await expect.poll(() => heading(later).textContent()).toBe('Mes membres');

    // The staff page now lists the advisor, and the invitation as accepted.
    await page.goto('/equipe/conseillers');
    await expect.poll(() => row.textContent()).toContain('Acceptée le');
    await expect
      .poll(() => page.getByRole('group', { name: 'Départements suivis par Lou Garnier' }).count())
      .toBe(1);
  });

  it('an artisan sees and downloads their data, then erases their account', async () => {
    const { page } = await newPage();
    const email = 'demo-bfc-005@demo.capnum.test';
    await logIn(page, email);
    await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
    await navigateTo(page, 'Mon compte');
    await expect.poll(() => heading(page).textContent()).toBe('Mon compte');
    await expectNoAxeViolations(page);
    const businessName = await page.getByLabel('Nom de l’entreprise').inputValue();
    expect(businessName.length).toBeGreaterThan(2);

    await page.getByRole('link', { name: 'Voir toutes mes données' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Mes données');
    await expect.poll(() => page.getByRole('main').textContent()).toContain(businessName);
    await expect.poll(() => page.getByRole('main').textContent()).toContain(email);
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^mes-donnees-cap-numerique-\d{4}-\d{2}-\d{2}\.json$/,
    );

    await page.getByRole('link', { name: 'Mon compte' }).first().click();
    await expect.poll(() => heading(page).textContent()).toBe('Mon compte');
    await page.getByLabel('Votre mot de passe, pour confirmer').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Cochez la case pour confirmer que vous avez compris.');
    await page.getByLabel('J’ai compris : la suppression est définitive.').check();
    await page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Votre compte est supprimé');
    await expectNoAxeViolations(page);

    // Nothing left to sign in to.
    await page.goto('/connexion');
    await submitLogIn(page, email, DEMO_PASSWORD);
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Adresse e-mail ou mot de passe incorrect');
  });

  it('shows the legal pages from every page’s footer', async () => {
    const { page } = await newPage();
    await page.goto('/');
    const footer = page.getByRole('navigation', { name: 'Informations légales' });
    for (const [link, title] of [
      ['Confidentialité', 'Politique de confidentialité'],
      ['Mentions légales', 'Mentions légales'],
      ['Accessibilité : partiellement conforme', 'Déclaration d’accessibilité'],
    ] as const) {
      await footer.getByRole('link', { name: link }).click();
      await expect.poll(() => heading(page).textContent()).toBe(title);
      await expectNoAxeViolations(page);
    }
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Défenseur des droits');
  });
});
