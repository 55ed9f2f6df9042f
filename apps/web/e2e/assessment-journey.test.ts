import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siretFrom } from '../../api/src/seed/siret-generator.ts';
import { expectNoAxeViolations } from './support/accessibility.ts';
import { heading, logIn as logInWith, pathOf } from './support/app-pages.ts';
import { laptop } from './support/browser.ts';
import { setUpBrowserSession } from './support/browser-session.ts';

const { newPage } = setUpBrowserSession();

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const saveStatus = (page: Page) => page.locator('.save-bar__status');

/** A question is a fieldset named by its legend; its answers are ticked by clicking their labels. */
const question = (page: Page, label: string) =>
  page.getByRole('group', { name: label, exact: true });

async function answer(page: Page, questionLabel: string, ...answerLabels: string[]) {
  const group = question(page, questionLabel);
  for (const label of answerLabels) await group.getByText(label, { exact: true }).click();
}

function isTicked(page: Page, questionLabel: string, answerLabel: string) {
  return question(page, questionLabel).getByLabel(answerLabel, { exact: true }).isChecked();
}

async function waitUntilSaved(page: Page) {
  await expect.poll(() => saveStatus(page).textContent()).toBe('Enregistré');
}

/** The question whose element has focus is on screen. */
async function expectFocusedQuestionOnScreen(page: Page, questionId: string) {
  await expect.poll(() => focusedId(page)).toBe(`question-${questionId}`);
  const box = await page.locator(`#question-${questionId}`).boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.y >= 0 && box.y < viewport.height).toBe(true);
}

// The answers of the journey, theme by theme: [question, ...answers ticked].
type Answers = [string, ...string[]][];

const visibilityAnswers: Answers = [
  ['Votre entreprise a-t-elle un site internet ?', 'Oui, mais il n’est plus à jour'],
  [
    'Avez-vous une fiche d’établissement Google, celle qui s’affiche dans Google Maps quand on cherche votre entreprise ?',
    'Oui, avec mes coordonnées, mais sans photos ou sans horaires',
  ],
  // Ticked below with the exclusive answers first, to check they clear each other.
  [
    'Dans quels annuaires en ligne votre entreprise est-elle inscrite ?',
    'PagesJaunes',
    'L’annuaire des artisans de votre chambre de métiers et de l’artisanat',
  ],
  [
    'Vos clients laissent-ils des avis en ligne sur votre entreprise ?',
    'Quelques avis, mais je ne les demande pas',
  ],
  ['Répondez-vous aux avis de vos clients, y compris aux avis négatifs ?', 'Non concerné'],
  [
    'Le nom, l’adresse et le téléphone de votre entreprise sont-ils écrits de la même façon partout en ligne ?',
    'Je ne sais pas',
  ],
  [
    'Quand vos horaires changent (congés, jours fériés, fermeture exceptionnelle), les mettez-vous à jour en ligne ?',
    'Oui, à chaque changement',
  ],
];

const referencingAnswers: Answers = [
  [
    'Savez-vous quels mots vos clients tapent dans Google pour trouver un artisan comme vous ?',
    'J’en ai une idée, mais je ne les utilise pas dans mes textes',
  ],
  [
    'Votre site s’affiche-t-il correctement sur un téléphone ?',
    'À peu près, mais certaines pages sont difficiles à lire',
  ],
  [
    'L’adresse de votre site commence-t-elle par « https », avec un petit cadenas dans la barre d’adresse ?',
    'Oui, il y a le cadenas',
  ],
  [
    'Le titre de vos pages, le texte bleu cliquable affiché dans les résultats de Google, indique-t-il votre métier et votre ville ?',
    'Oui, mais seulement sur la page d’accueil',
  ],
  // Answered while the connection fails, below.
  [
    'Avez-vous écrit vous-même la description de vos pages, les deux lignes affichées sous le titre dans Google ?',
    'Non, jamais',
  ],
  [
    'Votre site indique-t-il les communes ou le secteur où vous travaillez et d’où viennent vos clients ?',
    'Seulement mon adresse',
  ],
  [
    'Votre site s’ouvre-t-il rapidement sur un téléphone, en trois secondes environ ?',
    'Il me semble rapide, mais je ne l’ai jamais mesuré',
  ],
  // Left for after the reload: the questionnaire resumes here.
  [
    'Comment suivez-vous les visites de votre site ?',
    'Avec les statistiques de ma fiche d’établissement Google',
    'Je demande à mes nouveaux clients comment ils m’ont trouvé',
  ],
];

const contentAnswers: Answers = [
  [
    'Montrez-vous des photos de vos réalisations ou de vos produits en ligne (site, fiche Google, réseaux sociaux) ?',
    'Quelques-unes, mais elles sont anciennes',
  ],
  [
    'Lesquelles de ces bonnes pratiques appliquez-vous à vos photos ?',
    'Prises à la lumière du jour, nettes',
    'Avec des gros plans sur les détails et les finitions',
  ],
  [
    'Montrez-vous des photos « avant / après » de vos chantiers ou de vos réparations ?',
    'Non concerné',
  ],
  [
    'Publiez-vous des vidéos de votre travail (gestes du métier, atelier, chantier, fabrication) ?',
    'Jamais',
  ],
  [
    'Racontez-vous l’histoire de votre entreprise et de votre savoir-faire (parcours, matériaux, méthodes, origine des produits) ?',
    'En quelques lignes seulement',
  ],
  [
    'Ajoutez-vous régulièrement des nouveautés sur votre site ou votre fiche Google (nouvelles réalisations, produits de saison, actualités) ?',
    'Quelques fois par an',
  ],
  ['Avez-vous le droit d’utiliser toutes les images que vous publiez ?', 'Je ne sais pas'],
];

const socialAnswers: Answers = [
  [
    'Sur quels réseaux sociaux votre entreprise est-elle présente ?',
    'Facebook',
    'Instagram',
    'LinkedIn',
  ],
  [
    'Votre entreprise a-t-elle une page professionnelle sur ces réseaux, séparée de votre compte personnel ?',
    'J’utilise mon compte personnel',
  ],
  [
    'À quel rythme publiez-vous sur les réseaux sociaux de votre entreprise ?',
    'Une à trois fois par mois',
  ],
  [
    'Répondez-vous aux messages et aux commentaires reçus sur vos réseaux sociaux ?',
    'Oui, mais souvent plusieurs jours après',
  ],
  [
    'Comment savez-vous ce que vous apportent vos réseaux sociaux ?',
    'Je consulte les statistiques de ma page',
  ],
  [
    'Vos pages sur les réseaux sociaux renvoient-elles vers votre site ou votre fiche Google, et inversement ?',
    'Dans un seul sens',
  ],
  [
    'Vos clients peuvent-ils commander vos produits en ligne, depuis vos réseaux sociaux ou votre site ?',
    'Non concerné',
  ],
];

/*
 * The expected scores, worked out by hand with the formula of DESIGN.md:
 * question score q = points / max (multi: ticked points capped at max, over max);
 * "Je ne sais pas" = 0; "Non concerné" leaves the question out;
 * theme = round(100 · Σ w·q / Σ w); overall = mean of the four themes.
 *
 * Visibility: site 2/3 (w2), Google 2/3 (w2), directories 2 of max 3 (w1),
 *   reviews 1/2, replies left out, details unknown 0, hours 2/2
 *   → (1.333 + 1.333 + 0.667 + 0.5 + 0 + 1) / 8 = 4.833 / 8 → 60.4 → 60
 * Referencing: keywords 1/2, mobile 1/2 (w2), https 1/1, titles 1/2, descriptions 0,
 *   area 1/2, speed 1/2, measure 2 of max 4
 *   → (0.5 + 1 + 1 + 0.5 + 0 + 0.5 + 0.5 + 0.5) / 9 = 4.5 / 9 → 50
 * Content: photos 1/2 (w2), quality 2 of 4, before/after left out, videos 0,
 *   story 1/2, updates 1/2, image rights unknown 0
 *   → (1 + 0.5 + 0 + 0.5 + 0.5 + 0) / 7 = 2.5 / 7 → 35.7 → 36
 * Social: networks 3 capped at max 2 → 1, page 1/3 (w2), rhythm 2/3, replies 1/2,
 *   reach 2 of max 3, links 1/2, orders left out
 *   → (1 + 0.667 + 0.667 + 0.5 + 0.667 + 0.5) / 7 = 4 / 7 → 57.1 → 57
 * Overall: (60 + 50 + 36 + 57) / 4 = 50.75 → 51, "Avancé" (51–75).
 *
 * The second time, the website becomes up to date, 3/3 (w2): visibility
 *   (2 + 1.333 + 0.667 + 0.5 + 0 + 1) / 8 = 5.5 / 8 → 68.75 → 69,
 *   overall (69 + 50 + 36 + 57) / 4 = 53.
 */
const expectedThemeScores = { visibility: 60, referencing: 50, content: 36, social: 57 };
const expectedOverall = 51;
const expectedOverallAfterRedo = 53;

async function answerAll(page: Page, answers: Answers) {
  for (const [questionLabel, ...answerLabels] of answers) {
    await answer(page, questionLabel, ...answerLabels);
  }
}

async function signUp(page: Page, email: string, password: string, siretStart: string) {
  const unique = Date.now().toString().slice(-7);
  await page.goto('/inscription');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByLabel('Nom de l’entreprise').fill(`Ébénisterie ${unique}`);
  await page.getByLabel('Numéro SIRET').fill(siretFrom(`${siretStart}${unique}`));
  await page.getByLabel('Votre métier').fill('Ébéniste');
  await page.getByRole('radio', { name: 'Fabrication' }).check();
  const commune = page.getByRole('combobox', { name: 'Commune de l’entreprise' });
  await commune.click();
  await commune.pressSequentially('Auxerre', { delay: 30 });
  await page.getByRole('option', { name: /^Auxerre \(89000[,)]/ }).click();
  await page.getByRole('radio', { name: 'Aucun salarié' }).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
}

async function logIn(page: Page, email: string, password: string) {
  await logInWith(page, email, password);
  await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
}

/** The whole page, and the same cut into screen-sized slices that are easier to look at. */
async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: `/tmp/capnum-assessment-${name}.png`, fullPage: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const viewport = page.viewportSize() ?? { width: 390, height: 844 };
  for (let part = 0; part * viewport.height < height && part < 8; part += 1) {
    const y = part * viewport.height;
    await page.screenshot({
      path: `/tmp/capnum-assessment-${name}-${part + 1}.png`,
      fullPage: true,
      clip: { x: 0, y, width: viewport.width, height: Math.min(viewport.height, height - y) },
    });
  }
}

/** Number of pages of the printed page, on A4. */
async function printedPageCount(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4' });
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

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
    // Everything is prefilled: the questionnaire opens on the review step.
    await expect.poll(() => pathOf(page)).toBe('/diagnostic/verification');
    await page
      .getByRole('link', { name: 'Modifier mes réponses : Comprendre la visibilité' })
      .click();
    await expect.poll(() => pathOf(page)).toBe('/diagnostic/visibilite');
    await answer(page, 'Votre entreprise a-t-elle un site internet ?', 'Oui, et il est à jour');
    await waitUntilSaved(page);
    await page.goBack();
    await expect.poll(() => pathOf(page)).toBe('/diagnostic/verification');
    await page.getByRole('button', { name: 'Envoyer mon autodiagnostic' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Mes résultats');
    expect(await page.locator('.results-overall__score strong').textContent()).toBe(
      String(expectedOverallAfterRedo),
    );

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
});
