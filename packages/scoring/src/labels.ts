// Every name the product gives to a theme or a level, in one place: the
// questionnaire, the results, the web catalogue and the exports all read them
// here. No import with side effects: the web app loads this file on its own
// (`@capnum/scoring/labels`).

/** The four themes, in the fixed order used everywhere (questionnaire, results, ties). */
export const themeKeys = ['visibility', 'referencing', 'content', 'social'] as const;
export type ThemeKey = (typeof themeKeys)[number];

/** The workshop titles of the van, as the questionnaire and results headings use them. */
export const themeLabels: Record<ThemeKey, string> = {
  visibility: 'Comprendre la visibilité',
  referencing: 'Le référencement',
  content: 'Valoriser la création de contenu',
  social: 'L’utilisation des réseaux sociaux',
};

/** Shorter theme names, where space is tight (chart axes, table headers, exports). */
export const themeShortLabels: Record<ThemeKey, string> = {
  visibility: 'Visibilité',
  referencing: 'Référencement',
  content: 'Contenus',
  social: 'Réseaux sociaux',
};

/** Theme names as they read inside a sentence ("Votre score en référencement…"). */
export const themeNouns: Record<ThemeKey, string> = {
  visibility: 'visibilité',
  referencing: 'référencement',
  content: 'création de contenu',
  social: 'réseaux sociaux',
};

export type MaturityLevel = 1 | 2 | 3 | 4;

export const maturityLevels: readonly MaturityLevel[] = [1, 2, 3, 4];

export const levelLabels: Record<MaturityLevel, string> = {
  1: 'Débutant',
  2: 'Initié',
  3: 'Avancé',
  4: 'Expert',
};

/** Workshop levels, from the easiest. */
export const workshopLevels = ['decouverte', 'approfondissement', 'expert'] as const;
export type WorkshopLevel = (typeof workshopLevels)[number];

export const workshopLevelLabels: Record<WorkshopLevel, string> = {
  decouverte: 'Découverte',
  approfondissement: 'Approfondissement',
  expert: 'Expert',
};
