/** The page that explains how the score is calculated (lazily loaded, public). */
export const calculationFr = {
  title: 'Comment est calculé mon score ?',
  intro:
    'Votre score est calculé à partir de vos réponses seulement, de la même façon pour toutes les entreprises. Voici la méthode, étape par étape.',
  questionTitle: '1. Chaque question est notée de 0 à 1',
  questionText: [
    'Chaque réponse rapporte des points. La note d’une question est le nombre de points de votre réponse divisé par le maximum possible : 0 pour la réponse la plus faible, 1 pour la meilleure.',
    'Quand plusieurs réponses peuvent être cochées, leurs points s’additionnent, sans dépasser un plafond fixé pour la question. Par exemple, pour une question plafonnée à 3 points, cocher deux annuaires qui valent 1 point chacun donne 2 points sur 3, soit une note de 0,67.',
  ],
  themeTitle: '2. Chaque thème est noté sur 100',
  themeText:
    'Certaines questions comptent double (poids 2), parce qu’elles comptent plus pour vos clients : avoir un site internet, une fiche d’établissement Google, des photos de vos réalisations… Les autres ont un poids de 1.',
  themeFormula:
    'Score du thème = 100 × (somme des poids × notes) ÷ (somme des poids), arrondi à l’unité.',
  overallTitle: '3. Le score global',
  overallText:
    'C’est la moyenne des scores des quatre thèmes, arrondie à l’unité : chaque thème compte autant que les autres, comme dans l’outil d’évaluation de la maturité numérique de la Commission européenne.',
  specialAnswersTitle: '4. « Je ne sais pas » et « Non concerné »',
  unknownTerm: '« Je ne sais pas »',
  unknownText:
    'compte comme une note de 0 : ce que vous ne connaissez pas encore ne travaille pas pour vous. La question est signalée dans vos résultats comme un sujet à voir avec un conseiller de la CMA, qui vous aidera à trouver la réponse.',
  notApplicableTerm: '« Non concerné »',
  notApplicableText:
    'n’est proposé que pour les questions qui peuvent ne pas vous concerner, par exemple la vente à distance pour un plombier. La question est alors retirée du calcul : elle ne fait ni monter ni baisser votre score.',
  exampleTitle: '5. Un exemple pas à pas',
  exampleIntro: 'Voici le thème « Comprendre la visibilité » d’une menuiserie :',
  exampleCaption: 'Calcul du score du thème « Comprendre la visibilité » pour une menuiserie',
  exampleColumns: ['Question', 'Réponse', 'Note', 'Poids', 'Poids × note'],
  exampleRows: [
    ['Site internet', 'Oui, mais plus à jour : 2 points sur 3', '0,67', '2', '1,33'],
    ['Fiche d’établissement Google', 'Existe, jamais gérée : 1 point sur 3', '0,33', '2', '0,67'],
    [
      'Annuaires en ligne',
      'PagesJaunes et annuaire de la CMA : 2 points sur 3',
      '0,67',
      '1',
      '0,67',
    ],
    ['Avis clients', 'Quelques avis : 1 point sur 2', '0,5', '1', '0,5'],
    ['Réponses aux avis', 'Non concerné', 'retirée du calcul', '–', '–'],
    ['Coordonnées identiques partout', 'Je ne sais pas', '0', '1', '0'],
    ['Horaires mis à jour', 'À chaque changement : 2 points sur 2', '1', '1', '1'],
  ],
  exampleTotal: ['Total', '', '', '8', '4,17'],
  exampleResult:
    'Score du thème : 100 × 4,17 ÷ 8 = 52,1, arrondi à 52. C’est le niveau Avancé (de 51 à 75).',
  exampleOverall:
    'Si ses quatre thèmes valent 52, 30, 45 et 61, son score global est (52 + 30 + 45 + 61) ÷ 4 = 47 : le niveau Initié.',
  levelsTitle: '6. Les quatre niveaux',
  levelsCaption: 'Niveaux de maturité numérique, par thème et au global',
  levelColumns: ['Niveau', 'Score', 'Ce que cela veut dire (score global)'],
  levelRange: (from: number, to: number) => `de\u00a0${from} à\u00a0${to}`,
  prioritiesTitle: '7. Vos priorités et vos actions',
  prioritiesText:
    'Les thèmes en dessous du niveau Expert deviennent vos priorités, du score le plus faible au plus élevé. Pour chacun, jusqu’à trois actions concrètes sont choisies parmi les conseils liés à vos réponses, en commençant par les questions qui vous font perdre le plus de points.',
  versionsText:
    'Le questionnaire et la méthode de calcul portent un numéro de version : un autodiagnostic déjà envoyé garde toujours le score calculé ce jour-là.',
  toQuestionnaire: 'Aller à mon autodiagnostic',
};

export type CalculationCatalogue = typeof calculationFr;
