import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/accessibility.ts';
import { heading, pathOf, printedPageCount } from './support/app-pages.ts';
import {
  answer,
  answerAll,
  expectFocusedQuestionOnScreen,
  isTicked,
  logIn,
  question,
  screenshots,
  signUp,
  waitUntilSaved,
} from './support/assessment-pages.ts';
import { laptop } from './support/browser.ts';
import { setUpBrowserSession } from './support/browser-session.ts';
import {
  contentAnswers,
  expectedOverall,
  expectedOverallAfterRedo,
  expectedThemeScores,
  referencingAnswers,
  socialAnswers,
  visibilityAnswers,
} from './support/journey-answers.ts';

const { newPage } = setUpBrowserSession();

describe('self-assessment journey on a phone', () => {
  const unique = Date.now().toString().slice(-7);
  const email = `ebeniste-${unique}@exemple.fr`;
  const password = 'un rabot bien affûté';

  it('answers half, resumes after a reload, submits and reads the results', async () => {
    const { page, errors } = await newPage();
    await signUp(page, email, password, '891000');

    // A new artisan starts from the home card.
    await page.getByRole('link', { name: 'Commencer mon autodiagnostic' }).click();
    await expect.poll(() => pathOf(page)).toBe('/diagnostic/visibilite');
    expect(await heading(page).textContent()).toBe('Mon autodiagnostic');
    expect(await page.locator('#questionnaire-step').textContent()).toBe(
      'Étape 1 sur 5 : Comprendre la visibilité',
    );
    const progress = page.getByRole('progressbar', {
      name: 'Étape 1 sur 5 : Comprendre la visibilité',
    });
    expect(await progress.getAttribute('value')).toBe('1');
    expect(await progress.getAttribute('max')).toBe('5');
    expect(await page.title()).toBe(
      'Étape 1 sur 5 : Comprendre la visibilité – Mon autodiagnostic · Cap Numérique',
    );
    // Every question offers "Je ne sais pas"; "Non concerné" only where it applies.
    expect(await page.getByRole('radio', { name: 'Je ne sais pas', exact: true }).count()).toBe(6);
    expect(await page.getByRole('checkbox', { name: 'Je ne sais pas', exact: true }).count()).toBe(
      1,
    );
    expect(await page.getByText('Non concerné', { exact: true }).count()).toBe(1);
    // The help text describes its question.
    const website = question(page, 'Votre entreprise a-t-elle un site internet ?');
    const helpId = await website.getAttribute('aria-describedby');
    expect(await page.locator(`#${helpId}`).textContent()).toContain('Un site internet est');
    await expectNoAxeViolations(page);
    await screenshots(page, 'questionnaire-step1');

    // In a multi question, "Aucun" and "Je ne sais pas" stand alone.
    const directories = 'Dans quels annuaires en ligne votre entreprise est-elle inscrite ?';
    await answer(page, directories, 'Aucun', 'PagesJaunes');
    expect(await isTicked(page, directories, 'Aucun')).toBe(false);
    expect(await isTicked(page, directories, 'PagesJaunes')).toBe(true);
    await answer(page, directories, 'Je ne sais pas');
    expect(await isTicked(page, directories, 'PagesJaunes')).toBe(false);
    expect(await isTicked(page, directories, 'Je ne sais pas')).toBe(true);
    await answerAll(page, visibilityAnswers);
    expect(await isTicked(page, directories, 'Je ne sais pas')).toBe(false);
    await waitUntilSaved(page);
    expect(await page.locator('.questionnaire__answered').textContent()).toBe(
      '7 questions répondues sur 29',
    );
    await screenshots(page, 'questionnaire-answered');

    await page.getByRole('link', { name: 'Suivant : Le référencement' }).click();
    await expect.poll(() => pathOf(page)).toBe('/diagnostic/referencement');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await answerAll(page, referencingAnswers.slice(0, 4));
    await waitUntilSaved(page);

    // The connection drops for one save: the answer stays ticked, a banner offers to retry.
    let failNextSave = true;
    await page.route('**/api/assessments/draft', async (route) => {
      if (failNextSave && route.request().method() === 'PATCH') {
        failNextSave = false;
        await route.abort('internetdisconnected');
      } else {
        await route.continue();
      }
    });
    const [descriptions, never] = referencingAnswers[4] as [string, string];
    await answer(page, descriptions, never);
    const banner = page.getByRole('alert');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Une réponse n’est pas enregistrée');
    expect(await isTicked(page, descriptions, never)).toBe(true);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: '/tmp/capnum-assessment-questionnaire-save-failed.png' });
    await banner.getByRole('button', { name: 'Réessayer' }).click();
    await waitUntilSaved(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.unrouteAll();

    await answerAll(page, referencingAnswers.slice(5, 7));
    await waitUntilSaved(page);

    // Reload: the step stays, and the page opens on the first question still open.
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe('Mon autodiagnostic');
    await expectFocusedQuestionOnScreen(page, 'ref-measure');
    expect(pathOf(page)).toBe('/diagnostic/referencement');
    expect(await page.locator('#questionnaire-step').textContent()).toBe(
      'Étape 2 sur 5 : Le référencement',
    );
    expect(await page.locator('.questionnaire__answered').textContent()).toBe(
      '14 questions répondues sur 29',
    );
    // The answer saved after the retry came back from the server.
    expect(await isTicked(page, descriptions, never)).toBe(true);
    await page.screenshot({ path: '/tmp/capnum-assessment-questionnaire-resumed.png' });

    // On another device, the questionnaire resumes at the same question.
    const other = await newPage();
    await logIn(other.page, email, password);
    await other.page.getByRole('link', { name: 'Reprendre mon autodiagnostic (14/29)' }).waitFor();
    await other.page.goto('/diagnostic');
    await expect.poll(() => pathOf(other.page)).toBe('/diagnostic/referencement');
    await expectFocusedQuestionOnScreen(other.page, 'ref-measure');
    await other.context.close();

    // The review step lists what is missing; sending now is refused with the same list.
    await page.goto('/diagnostic/verification');
    await expect
      .poll(() => page.locator('#step-heading').textContent())
      .toBe('Vérifier et envoyer');
    expect(await page.getByText('Il reste 15 questions sans réponse.').count()).toBe(1);
    await page.getByRole('button', { name: 'Envoyer mon autodiagnostic' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Il manque 15 réponses.');
    expect(await refusal.getByRole('link').count()).toBe(15);
    await expectNoAxeViolations(page);
    await screenshots(page, 'questionnaire-review-missing');
    await refusal
      .getByRole('link', { name: 'Comment suivez-vous les visites de votre site ?' })
      .click();
    await expect.poll(() => pathOf(page)).toBe('/diagnostic/referencement');
    await expectFocusedQuestionOnScreen(page, 'ref-measure');
    await answerAll(page, referencingAnswers.slice(7));

    await page.getByRole('link', { name: 'Suivant : Valoriser la création de contenu' }).click();
    await expect.poll(() => pathOf(page)).toBe('/diagnostic/contenus');
    await answerAll(page, contentAnswers);
    await expectNoAxeViolations(page);

    // The back button returns to the previous step with its answers.
    await page.goBack();
    await expect.poll(() => pathOf(page)).toBe('/diagnostic/referencement');
    const [measure, ...measured] = referencingAnswers[7] as [string, string, string];
    for (const label of measured) expect(await isTicked(page, measure, label)).toBe(true);
    await page.getByRole('link', { name: 'Précédent : Comprendre la visibilité' }).click();
    await expect.poll(() => pathOf(page)).toBe('/diagnostic/visibilite');
    expect(
      await isTicked(
        page,
        'Votre entreprise a-t-elle un site internet ?',
        'Oui, mais il n’est plus à jour',
      ),
    ).toBe(true);
    expect(await isTicked(page, directories, 'PagesJaunes')).toBe(true);
    expect(
      await isTicked(
        page,
        'Répondez-vous aux avis de vos clients, y compris aux avis négatifs ?',
        'Non concerné',
      ),
    ).toBe(true);

    await page.goto('/diagnostic/reseaux-sociaux');
    await expect
      .poll(() => page.locator('#step-heading').textContent())
      .toBe('L’utilisation des réseaux sociaux');
    await answerAll(page, socialAnswers);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Suivant : Vérifier et envoyer' }).click();
    await expect
      .poll(() => page.locator('#step-heading').textContent())
      .toBe('Vérifier et envoyer');
    expect(await page.locator('.questionnaire__answered').textContent()).toBe(
      '29 questions répondues sur 29',
    );
    expect(await page.getByRole('heading', { name: 'Tout est prêt' }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshots(page, 'questionnaire-review');

    await page.getByRole('button', { name: 'Envoyer mon autodiagnostic' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Mes résultats');
    expect(pathOf(page)).toMatch(/^\/diagnostic\/resultats\/[0-9a-f-]{36}$/);

    // The scores match the hand computation above.
    const overall = page.locator('.results-overall');
    expect(await overall.locator('.results-overall__score strong').textContent()).toBe(
      String(expectedOverall),
    );
    expect(await overall.textContent()).toContain('Niveau : Avancé');
    const table = page.getByRole('table', { name: 'Score et niveau par thème' });
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.map((row) => row.split('\t').slice(0, 3))).toEqual([
      ['Comprendre la visibilité', String(expectedThemeScores.visibility), 'Avancé'],
      ['Le référencement', String(expectedThemeScores.referencing), 'Initié'],
      ['Valoriser la création de contenu', String(expectedThemeScores.content), 'Initié'],
      ['L’utilisation des réseaux sociaux', String(expectedThemeScores.social), 'Avancé'],
    ]);
    // The radar chart is drawn (and hidden from assistive technologies: the table says it all).
    await page.locator('.chart--radar .recharts-radar').waitFor();
    expect(await page.locator('.chart--radar').getAttribute('aria-hidden')).toBe('true');
    // Priorities, weakest theme first, each with concrete actions.
    const priorities = page.locator('.priorities > li');
    expect(await priorities.locator('h3').allTextContents()).toEqual([
      '1. Valoriser la création de contenu (36 sur 100)',
      '2. Le référencement (50 sur 100)',
      '3. L’utilisation des réseaux sociaux (57 sur 100)',
      '4. Comprendre la visibilité (60 sur 100)',
    ]);
    for (const priority of await priorities.all()) {
      const actions = await priority.locator('.checklist li').count();
      expect(actions).toBeGreaterThanOrEqual(1);
      expect(actions).toBeLessThanOrEqual(3);
    }
    // "Je ne sais pas" answers become topics for an advisor.
    expect(
      await page.getByText('1 sujet à voir avec un conseiller', { exact: false }).count(),
    ).toBe(2);
    await expectNoAxeViolations(page);
    await screenshots(page, 'results');

    await page.emulateMedia({ media: 'print' });
    await screenshots(page, 'results-print');
    expect(await page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false);
    expect(await page.locator('.chart--radar').isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'Comment est calculé mon score ?' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Comment est calculé mon score ?');
    await expectNoAxeViolations(page);
    await screenshots(page, 'calculation');

    expect(errors.filter((error) => error.startsWith('pageerror'))).toEqual([]);
  });

  it('redoes the self-assessment from the previous answers and shows the progress', async () => {
    const { page, errors } = await newPage();
    await logIn(page, email, password);
    await page.getByRole('link', { name: 'Voir mes derniers résultats' }).waitFor();

    await page.getByRole('link', { name: 'Refaire mon autodiagnostic' }).click();
    // Step 1 again, every answer prefilled and marked as last time's.
    await expect.poll(() => pathOf(page)).toBe('/diagnostic/visibilite');
    const site = 'Votre entreprise a-t-elle un site internet ?';
    await expect.poll(() => isTicked(page, site, 'Oui, mais il n’est plus à jour')).toBe(true);
    expect(await question(page, site).textContent()).toContain(
      'Votre réponse de la dernière fois : changez-la si les choses ont bougé.',
    );
    await answer(page, site, 'Oui, et il est à jour');
    await waitUntilSaved(page);
    // Changed, it is no longer last time's.
    expect(await question(page, site).textContent()).not.toContain(
      'Votre réponse de la dernière fois',
    );
    await page.goto('/diagnostic/verification');
    await page.getByRole('button', { name: 'Envoyer mon autodiagnostic' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Mes résultats');
    expect(await page.locator('.results-overall__score strong').textContent()).toBe(
      String(expectedOverallAfterRedo),
    );
    // What changed since last time, theme by theme.
    const change = page.getByRole('table', { name: 'Évolution des scores sur 100, par thème' });
    await change.waitFor();
    const changeRows = (await change.locator('tbody tr').allInnerTexts()).map((row) =>
      row.split('\t'),
    );
    expect(changeRows[0]).toEqual(['Visibilité', '60', '69', '+9 points']);
    expect(changeRows[1]?.[3]).toBe('inchangé');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Voir mon historique' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Mon historique');
    // The heading shows while the history loads.
    await expect.poll(() => page.locator('.history-list > li').count()).toBe(2);
    await page.locator('.chart--line .recharts-line').first().waitFor();
    expect(await page.locator('.chart--line .recharts-line').count()).toBe(4);
    const evolution = page.getByRole('table', {
      name: 'Scores sur 100 par thème, à chaque autodiagnostic',
    });
    const rows = await evolution.locator('tbody tr').allInnerTexts();
    expect(rows.map((row) => row.split('\t').slice(1))).toEqual([
      ['60', '50', '36', '57', String(expectedOverall)],
      ['69', '50', '36', '57', String(expectedOverallAfterRedo)],
    ]);
    await expectNoAxeViolations(page);
    await screenshots(page, 'history');
    expect(errors.filter((error) => error.startsWith('pageerror'))).toEqual([]);
  });

  it('shows the results on a laptop and prints them on one A4 page', async () => {
    const { page } = await newPage(laptop);
    await logIn(page, email, password);
    await page.getByRole('link', { name: 'Voir mes derniers résultats' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Mes résultats');
    await page.locator('.chart--radar .recharts-radar').waitFor();
    await screenshots(page, 'results-laptop');
    await page.emulateMedia({ media: 'print' });
    await screenshots(page, 'results-laptop-print');
    // The scores, their meaning and the actions fill one A4 page; the sections added
    // after the actions (the van's next stop) follow on the next pages.
    await page.addStyleTag({
      content: 'section[aria-labelledby="results-priorities"] ~ * { display: none !important; }',
    });
    // The printable area of A4 with the page margins of the print style sheet.
    await page.setViewportSize({ width: 703, height: 1047 });
    await screenshots(page, 'results-a4-print');
    expect(await printedPageCount(page)).toBe(1);
  });

  it('shows an empty history to an artisan who has sent nothing yet', async () => {
    const { page } = await newPage();
    await signUp(page, `vide-${unique}@exemple.fr`, 'une page encore blanche', '892000');
    await page.goto('/diagnostic/historique');
    await expect.poll(() => heading(page).textContent()).toBe('Mon historique');
    expect(await page.getByText('Vous n’avez pas encore envoyé d’autodiagnostic.').count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('never asks about a website to an artisan who has none', async () => {
    const { page } = await newPage();
    await logIn(page, 'demo-bfc-011@demo.capnum.test', 'demo-capnum-2026');
    await page.getByRole('link', { name: 'Voir mes derniers résultats' }).waitFor();
    await page.goto('/diagnostic/visibilite');
    const site = 'Votre entreprise a-t-elle un site internet ?';
    await expect.poll(() => question(page, site).count()).toBe(1);
    // The draft starts from the last answers: make sure the answer changes, so it is saved.
    if (await isTicked(page, site, 'Non, pas de site internet')) {
      await answer(page, site, 'Oui, et il est à jour');
      await waitUntilSaved(page);
    }
    await answer(page, site, 'Non, pas de site internet');
    await waitUntilSaved(page);
    await page.goto('/diagnostic/referencement');
    await expect.poll(() => page.locator('fieldset.question').count()).toBe(1);
    expect(await page.getByRole('main').textContent()).toContain(
      '1 question. Vos réponses sont enregistrées au fur et à mesure.',
    );
    expect(
      await page.getByText('Votre site s’affiche-t-il correctement sur un téléphone ?').count(),
    ).toBe(0);
    // Saying there is a website after all brings its questions back.
    await page.goto('/diagnostic/visibilite');
    await answer(page, site, 'Oui, et il est à jour');
    await waitUntilSaved(page);
    await page.goto('/diagnostic/referencement');
    await expect.poll(() => page.locator('fieldset.question').count()).toBe(8);
    await expectNoAxeViolations(page);

    // A malformed results address: "introuvables", and no button that would fail again.
    await page.goto('/diagnostic/resultats/pas-un-identifiant');
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toContain('Ces résultats sont introuvables');
    expect(await page.getByRole('button', { name: 'Réessayer' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Voir mon historique' }).count()).toBe(1);
  });

  it('shows the demo artisan where they stand against comparable artisans, with a table', async () => {
    const { page, errors } = await newPage(laptop);
    await logIn(page, 'artisan@demo.capnum.test', 'demo-capnum-2026');
    await page.getByRole('link', { name: 'Voir mes derniers résultats' }).click();
    const section = page.getByRole('region', { name: 'Comment je me situe' });
    await section.getByRole('table').waitFor();
    // A bakery of 3 to 9 employees in Auxerre: the group is named, from its own sector.
    expect(await section.locator('.lead').textContent()).toMatch(
      /^Cet autodiagnostic comparé à \d+ artisans de l’alimentation/,
    );
    const table = section.getByRole('table', {
      name: 'Votre score et celui des artisans comparables, sur 100',
    });
    const rows = (await table.locator('tbody tr').allInnerTexts()).map((row) => row.split('\t'));
    expect(rows.map((row) => row[0])).toEqual([
      'Comprendre la visibilité',
      'Le référencement',
      'Valoriser la création de contenu',
      'L’utilisation des réseaux sociaux',
      'Score global',
    ]);
    for (const row of rows) expect(row[2]).toMatch(/^\d{1,3} %$/);
    expect(await section.locator('.peer-band').count()).toBe(5);
    await expectNoAxeViolations(page);
    await screenshots(page, 'results-benchmark');
    expect(errors.filter((error) => error.startsWith('pageerror'))).toEqual([]);
  });
});
