import { themeShortLabels } from '@capnum/scoring/labels';

/** The results and history pages (lazily loaded). */
export const resultsFr = {
  results: {
    title: 'Mes résultats',
    submittedOn: (date: string) => `Autodiagnostic envoyé le ${date}.`,
    loading: 'Chargement de vos résultats…',
    notFound:
      'Ces résultats sont introuvables : l’adresse est incomplète, ou ils ne sont pas les vôtres. Vos autodiagnostics sont dans votre historique.',
    retry: 'Réessayer',
    overallTitle: 'Votre score global',
    outOf100: 'sur 100',
    level: (label: string) => `Niveau : ${label}`,
    themesTitle: 'Vos scores par thème',
    chartNote: 'Le graphique reprend les scores du tableau.',
    tableCaption: 'Score et niveau par thème',
    themeColumn: 'Thème',
    scoreColumn: 'Score sur 100',
    levelColumn: 'Niveau',
    themeScore: (score: number) => `${score} sur 100`,
    detailsTitle: 'Ce que disent vos scores',
    priority: (position: number, label: string, score: number) =>
      `${position}. ${label} (${score} sur 100)`,
    unknownTopics: (count: number) =>
      count > 1
        ? `${count} sujets à voir avec un conseiller (questions répondues « Je ne sais pas »).`
        : '1 sujet à voir avec un conseiller (question répondue « Je ne sais pas »).',
    prioritiesTitle: 'Vos priorités et vos actions',
    prioritiesIntro:
      'Les thèmes où vous pouvez le plus progresser, du plus urgent au moins urgent, avec des actions concrètes tirées de vos réponses.',
    noPriorities:
      'Tous vos thèmes sont au niveau Expert : bravo ! Entretenez vos acquis et partagez votre expérience.',
    noActions:
      'Parlez de ce thème avec votre conseiller de la CMA pour choisir vos prochaines actions.',
    changeTitle: (date: string) => `Depuis votre autodiagnostic du ${date}`,
    changeCaption: 'Évolution des scores sur 100, par thème',
    changeColumn: 'Évolution',
    beforeColumn: 'Avant',
    nowColumn: 'Maintenant',
    change: (delta: number) =>
      delta === 0
        ? 'inchangé'
        : `${delta > 0 ? '+' : '−'}${Math.abs(delta)} point${Math.abs(delta) > 1 ? 's' : ''}`,
    overallRow: 'Score global',
    print: 'Imprimer',
    history: 'Voir mon historique',
    redo: 'Refaire mon autodiagnostic',
    backToMySpace: 'Retour à mon espace',
    nextNavigation: 'Et ensuite ?',
  },

  history: {
    title: 'Mon historique',
    intro: 'Vos autodiagnostics envoyés, du plus récent au plus ancien.',
    loading: 'Chargement de votre historique…',
    retry: 'Réessayer',
    empty: 'Vous n’avez pas encore envoyé d’autodiagnostic.',
    start: 'Commencer mon autodiagnostic',
    listTitle: 'Mes autodiagnostics',
    score: (score: number, level: string) => `Score global : ${score} sur 100, niveau ${level}`,
    open: (date: string) => `Voir les résultats du ${date}`,
    evolutionTitle: 'L’évolution de vos scores par thème',
    chartNote: 'Le graphique reprend les scores du tableau.',
    tableCaption: 'Scores sur 100 par thème, à chaque autodiagnostic',
    dateColumn: 'Date',
    overallColumn: 'Score global',
  },

  /** Shorter theme names, where space is tight (chart axes, table headers). */
  themeShortLabels,

  /** "3 mars 2026 à 14:05" */
  formatDateTime: (isoDate: string) =>
    new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(isoDate),
    ),
  /** "03/03/2026 14:05", in tables */
  formatShortDateTime: (isoDate: string) =>
    new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' }).format(
      new Date(isoDate),
    ),
  /** "03/03/2026", where space is tight (chart axes) */
  formatShortDate: (isoDate: string) =>
    new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short' }).format(new Date(isoDate)),
};

export type ResultsCatalogue = typeof resultsFr;
