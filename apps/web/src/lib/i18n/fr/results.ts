import { themeShortLabels } from '@capnum/scoring/labels';

/** Scores on a scale of 100 with at most one decimal, written the French way (« 62,5 »). */
const decimal = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 1 });

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

  /** « Comment je me situe » : the comparison with similar businesses. */
  benchmark: {
    title: 'Comment je me situe',
    memberTitle: 'Face aux artisans comparables',
    loading: 'Chargement de la comparaison…',
    intro: (group: string) =>
      `Cet autodiagnostic ${group}, d’après le dernier autodiagnostic de chacun sur les 24 derniers mois.`,
    explanation:
      'La bande grise va du premier au troisième quartile : la moitié des artisans du groupe s’y trouve. Le trait marque la médiane : autant d’artisans au-dessus qu’en dessous. Le rond, c’est vous.',
    none: (minimum: number) =>
      `Pas encore de comparaison : il faut au moins ${minimum} artisans comparables pour qu’aucun ne puisse être reconnu.`,
    failed: 'La comparaison n’a pas pu être chargée.',
    tableCaption: 'Votre score et celui des artisans comparables, sur 100',
    themeColumn: 'Thème',
    scoreColumn: 'Votre score',
    percentileColumn: 'Rang centile',
    lowerQuartileColumn: 'Premier quartile',
    medianColumn: 'Médiane',
    upperQuartileColumn: 'Troisième quartile',
    overallRow: 'Score global',
    percentile: (value: number) => `${value} %`,
    percentileNote:
      'Le rang centile est la part des artisans du groupe qui ont un score plus bas que le vôtre (les ex aequo comptent pour moitié).',
    position: (label: string, score: number, percentile: number) =>
      `${label} : ${score} sur 100, plus haut que ${percentile} % des artisans comparables`,
    historyTitle: 'Mon rang parmi les artisans comparables',
    historyIntro: (group: string) =>
      `Chaque autodiagnostic, ${group} aujourd’hui : votre rang centile, de 0 (le plus bas) à 100 (le plus haut).`,
    historyCaption: 'Rang centile par thème, à chaque autodiagnostic',
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
  decimal,

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
