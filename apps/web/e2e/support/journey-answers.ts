// The answers of the journey, theme by theme: [question, ...answers ticked].
export type Answers = [string, ...string[]][];

export const visibilityAnswers: Answers = [
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

export const referencingAnswers: Answers = [
  [
    'Savez-vous quels mots vos clients tapent dans Google pour trouver un artisan comme vous ?',
    'J’en ai une idée, mais je ne les utilise pas dans mes textes',
  ],
  [
    'Votre site s’affiche-t-il correctement sur un téléphone ?',
    'À peu près, mais certaines pages sont difficiles à lire',
  ],
  [
    'Un petit cadenas s’affiche-t-il à côté de l’adresse de votre site, dans le navigateur ?',
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

export const contentAnswers: Answers = [
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

export const socialAnswers: Answers = [
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
export const expectedThemeScores = { visibility: 60, referencing: 50, content: 36, social: 57 };
export const expectedOverall = 51;
export const expectedOverallAfterRedo = 53;
