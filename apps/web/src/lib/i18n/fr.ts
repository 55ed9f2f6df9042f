import type { EmployeeBand, Role, Sector, ThemeKey, WorkshopLevel } from '@capnum/contracts';

/** 'jeudi 17 décembre' → 'Jeudi 17 décembre', at the start of a line. */
const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/**
 * Every word the interface shows, in French. Another language is a file of
 * the same shape (`Catalogue`) registered in `./index.ts`.
 */
export const fr = {
  app: {
    productName: 'Cap Numérique',
    titleSeparator: ' · ',
    skipToContent: 'Aller au contenu principal',
    mainNavigation: 'Navigation principale',
    logout: 'Se déconnecter',
    loggingOut: 'Déconnexion…',
    restoringSession: 'Chargement de votre espace…',
    loadingPage: 'Chargement de la page…',
    footer: 'Cap Numérique, un service de votre Chambre de métiers et de l’artisanat (CMA).',
    navigation: {
      home: 'Accueil',
      login: 'Se connecter',
      signup: 'Créer un compte',
      artisanHome: 'Mon espace',
      diagnostic: 'Mon autodiagnostic',
      advisorHome: 'Espace conseiller',
      staffHome: 'Espace équipe',
      tour: 'La tournée du van',
      myWorkshops: 'Mes ateliers',
      staffTours: 'Tournées',
      staffWorkshops: 'Ateliers',
    },
  },

  errors: {
    network:
      'Impossible de joindre Cap Numérique. Vérifiez votre connexion à internet, puis réessayez.',
    unexpected: 'Une erreur inattendue est survenue. Réessayez dans un instant.',
  },

  themes: {
    visibility: {
      label: 'Comprendre la visibilité',
      description:
        'Être trouvé sur internet : site, fiche sur les cartes en ligne, annuaires, avis, horaires, photos.',
    },
    referencing: {
      label: 'Le référencement',
      description:
        'Apparaître dans les moteurs de recherche quand on cherche votre métier près de chez vous.',
    },
    content: {
      label: 'Valoriser la création de contenu',
      description:
        'Montrer votre savoir-faire : photos et vidéos de vos réalisations, avant/après, histoire du métier.',
    },
    social: {
      label: 'L’utilisation des réseaux sociaux',
      description:
        'Choisir les bons réseaux, publier régulièrement, répondre aux messages et aux avis.',
    },
  } satisfies Record<ThemeKey, { label: string; description: string }>,

  sectors: {
    alimentation: {
      label: 'Alimentation',
      hint: 'Boulangerie, boucherie, traiteur, chocolaterie…',
    },
    batiment: { label: 'Bâtiment', hint: 'Maçonnerie, plomberie, électricité, menuiserie…' },
    fabrication: { label: 'Fabrication', hint: 'Ébénisterie, bijouterie, imprimerie, couture…' },
    services: { label: 'Services', hint: 'Coiffure, esthétique, réparation, taxi, pressing…' },
  } satisfies Record<Sector, { label: string; hint: string }>,

  employeeBands: {
    '0': 'Aucun salarié',
    '1-2': '1 ou 2 salariés',
    '3-9': 'De 3 à 9 salariés',
    '10+': '10 salariés ou plus',
  } satisfies Record<EmployeeBand, string>,

  roles: {
    artisan: 'Artisan',
    advisor: 'Conseiller',
    staff: 'Équipe de la chambre',
  } satisfies Record<Role, string>,

  home: {
    documentTitle: 'Accueil',
    title: 'Où en est votre entreprise sur internet ?',
    lead: 'Cap Numérique vous aide à faire le point sur la présence en ligne de votre entreprise artisanale, puis à choisir les ateliers utiles lors du passage du van numérique de votre Chambre de métiers et de l’artisanat près de chez vous.',
    signupCall: 'Créer mon compte',
    loginCall: 'Se connecter',
    goToMySpace: 'Aller à mon espace',
    howItWorksTitle: 'Comment ça marche ?',
    steps: [
      'Créez votre compte avec le numéro SIRET de votre entreprise.',
      'Répondez à des questions simples sur votre présence en ligne. « Je ne sais pas » est une réponse acceptée.',
      'Découvrez votre niveau sur quatre thèmes, avec des conseils concrets à appliquer.',
      'Réservez votre place aux ateliers du van numérique à l’étape la plus proche de chez vous.',
    ],
    themesTitle: 'Les quatre thèmes évalués',
    staffTitle: 'Vous travaillez à la CMA ?',
    staffText:
      'Conseillers et équipe de la chambre : connectez-vous avec le compte que votre chambre vous a créé.',
  },

  login: {
    title: 'Se connecter',
    intro: 'Connectez-vous pour retrouver votre espace.',
    emailLabel: 'Adresse e-mail',
    passwordLabel: 'Mot de passe',
    submit: 'Se connecter',
    submitting: 'Connexion en cours…',
    noAccount: 'Pas encore de compte ?',
    signupLink: 'Créer un compte artisan',
    loggedOut: 'Vous êtes déconnecté. À bientôt sur Cap Numérique !',
    sessionExpired: 'Votre session a expiré. Connectez-vous à nouveau pour continuer.',
    missingCredentials: 'Indiquez votre adresse e-mail et votre mot de passe.',
  },

  signup: {
    title: 'Créer mon compte artisan',
    intro:
      'Quelques informations sur vous et votre entreprise suffisent. Tous les champs sont obligatoires, sauf mention « facultatif ».',
    accountLegend: 'Votre compte',
    businessLegend: 'Votre entreprise',
    sharingLegend: 'Partage avec votre conseiller',
    emailLabel: 'Adresse e-mail',
    emailHint: 'Elle vous servira à vous connecter. Exemple : nom@exemple.fr',
    passwordLabel: 'Mot de passe',
    passwordHint:
      'Au moins 10 caractères. Une courte phrase facile à retenir est un bon mot de passe.',
    businessNameLabel: 'Nom de l’entreprise',
    siretLabel: 'Numéro SIRET',
    siretHint:
      '14 chiffres, les espaces sont acceptés. Vous le trouvez sur votre extrait d’immatriculation (répertoire des métiers ou Kbis), sur vos factures, ou sur le site annuaire-entreprises.data.gouv.fr.',
    tradeLabel: 'Votre métier',
    tradeHint: 'Par exemple : boulanger, menuisière, coiffeur.',
    sectorLegend: 'Secteur d’activité',
    employeeBandLegend: 'Nombre de salariés',
    employeeBandHint: 'Sans compter le ou les dirigeants.',
    websiteLabel: 'Site internet (facultatif)',
    websiteHint: 'Si vous en avez un. Exemple : www.mon-entreprise.fr',
    shareLabel: 'J’accepte que mon conseiller de la CMA consulte mes résultats',
    shareHint:
      'Votre conseiller pourra voir vos résultats d’autodiagnostic et vos inscriptions aux ateliers, pour préparer ses visites et mieux vous accompagner. C’est facultatif et vous pourrez changer d’avis plus tard.',
    submit: 'Créer mon compte',
    submitting: 'Création du compte…',
    alreadyRegistered: 'Déjà inscrit ?',
    loginLink: 'Se connecter',
    errorSummaryTitle: (count: number) =>
      count === 1
        ? 'Le formulaire contient 1 erreur à corriger :'
        : `Le formulaire contient ${count} erreurs à corriger :`,
    required: {
      email: 'Indiquez votre adresse e-mail.',
      password: 'Choisissez un mot de passe.',
      businessName: 'Indiquez le nom de l’entreprise.',
      siret: 'Indiquez le numéro SIRET.',
      trade: 'Indiquez votre métier.',
      sector: 'Choisissez un secteur d’activité.',
      communeCode: 'Choisissez la commune de l’entreprise dans la liste proposée.',
      employeeBand: 'Choisissez le nombre de salariés.',
    },
    invalid: {
      email: 'Adresse e-mail invalide. Exemple : nom@exemple.fr',
      password: 'Le mot de passe doit contenir au moins 10 caractères.',
      businessName: 'Le nom de l’entreprise est trop court.',
      siret: 'Le SIRET compte exactement 14 chiffres.',
    },
  },

  communeSearch: {
    label: 'Commune de l’entreprise',
    hint: 'Tapez le nom de la commune ou son code postal, puis choisissez-la dans la liste.',
    typeMore: 'Tapez au moins 2 caractères.',
    searching: 'Recherche en cours…',
    results: (count: number) =>
      count === 1
        ? '1 commune trouvée. Utilisez les flèches haut et bas pour la choisir, puis Entrée.'
        : `${count} communes trouvées. Utilisez les flèches haut et bas pour choisir, puis Entrée.`,
    noResult: 'Aucune commune trouvée. Vérifiez l’orthographe ou essayez le code postal.',
    optionLabel: (name: string, postcodes: readonly string[]) => {
      if (postcodes.length === 0) return name;
      const shown = postcodes.slice(0, 3).join(', ');
      return `${name} (${shown}${postcodes.length > 3 ? ', …' : ''})`;
    },
    departement: (code: string) => `Département ${code}`,
    chosen: (label: string, departement: string) =>
      `Commune choisie : ${label}, département ${departement}.`,
  },

  artisanHome: {
    title: 'Mon espace',
    greeting: (businessName: string) => `Bonjour, ${businessName} !`,
    greetingWithoutName: 'Bonjour !',
    intro: 'Voici votre espace Cap Numérique. Commencez par votre autodiagnostic.',
    diagnosticTitle: 'Faire mon autodiagnostic',
    diagnosticText:
      'Des questions simples sur la présence en ligne de votre entreprise, sur quatre thèmes. Vous découvrez ensuite votre niveau et les ateliers qui vous seront utiles.',
    diagnosticCall: 'Commencer mon autodiagnostic',
    diagnosticLoading: 'Chargement de votre autodiagnostic…',
    diagnosticResume: (answered: number, total: number) =>
      `Reprendre mon autodiagnostic (${answered}/${total})`,
    diagnosticResumeText: (answered: number, total: number) =>
      `Vous avez déjà répondu à ${answered} ${answered > 1 ? 'questions' : 'question'} sur ${total}. Reprenez où vous en étiez.`,
    diagnosticRedo: 'Refaire mon autodiagnostic',
    diagnosticRedoText:
      'Vos réponses précédentes sont déjà remplies : changez ce qui a évolué et mesurez vos progrès.',
    diagnosticOpen: 'Ouvrir mon autodiagnostic',
    // No level label here: it would bring the scoring package's texts into every page.
    latestResults: (date: string, score: number) =>
      `Votre dernier autodiagnostic, le ${date} : score global de ${score} sur 100.`,
    latestResultsLink: 'Voir mes derniers résultats',
    historyLink: 'Voir mon historique',
    businessTitle: 'Mon entreprise',
    tradeLabel: 'Métier',
    communeLabel: 'Commune',
    siretLabel: 'SIRET',
    employeesLabel: 'Salariés',
    chamberLabel: 'Chambre de métiers',
    sharingOn: 'Votre conseiller de la CMA peut consulter vos résultats.',
    sharingOff: 'Vos résultats ne sont pas partagés avec votre conseiller.',
  },

  diagnostic: {
    title: 'Mon autodiagnostic',
    loading: 'Chargement du questionnaire…',
    retry: 'Réessayer',
    documentTitle: (step: number, count: number, label: string) =>
      `Étape ${step} sur ${count} : ${label} – Mon autodiagnostic`,
    progress: (step: number, count: number, label: string) =>
      `Étape ${step} sur ${count} : ${label}`,
    answered: (answered: number, total: number) =>
      `${answered} ${answered > 1 ? 'questions répondues' : 'question répondue'} sur ${total}`,
    questionCount: (count: number) =>
      `${count} questions. Vos réponses sont enregistrées au fur et à mesure.`,
    multiHint: 'Plusieurs réponses possibles. Une réponse cochée sous « ou » décoche les autres.',
    or: 'ou',
    unknown: 'Je ne sais pas',
    notApplicable: 'Non concerné',
    previous: (label: string) => `Précédent : ${label}`,
    next: (label: string) => `Suivant : ${label}`,
    stepsNavigation: 'Étapes du questionnaire',
    saving: 'Enregistrement…',
    saved: 'Enregistré',
    saveFailed: (count: number) =>
      count > 1
        ? `${count} réponses ne sont pas enregistrées : la connexion a échoué. Elles restent cochées ici.`
        : 'Une réponse n’est pas enregistrée : la connexion a échoué. Elle reste cochée ici.',
    saveRetry: 'Réessayer',
    reload: 'Recharger la page',
    review: {
      label: 'Vérifier et envoyer',
      intro:
        'Vérifiez vos réponses thème par thème, puis envoyez votre autodiagnostic pour découvrir vos résultats.',
      themeProgress: (answered: number, total: number) =>
        answered === total
          ? `Complet : ${total} réponses sur ${total}.`
          : `${answered} ${answered > 1 ? 'réponses' : 'réponse'} sur ${total}.`,
      missing: (count: number) =>
        count > 1
          ? `${count} questions attendent votre réponse :`
          : '1 question attend votre réponse :',
      edit: (label: string) => `Modifier mes réponses : ${label}`,
      showAnswers: 'Voir mes réponses',
      noAnswer: 'Pas de réponse',
      readyTitle: 'Tout est prêt',
      notReadyTitle: 'Avant d’envoyer',
      ready:
        'Vous avez répondu à toutes les questions. Envoyez votre autodiagnostic pour voir vos résultats.',
      notReady: (count: number) =>
        count > 1
          ? `Il reste ${count} questions sans réponse. Vous pouvez envoyer quand toutes auront une réponse (« Je ne sais pas » compte comme une réponse).`
          : 'Il reste 1 question sans réponse. Vous pouvez envoyer quand elle aura une réponse (« Je ne sais pas » compte comme une réponse).',
      submit: 'Envoyer mon autodiagnostic',
      submitting: 'Envoi en cours…',
      incomplete: (count: number) =>
        count > 1
          ? `Il manque ${count} réponses. Répondez à ces questions, puis envoyez à nouveau :`
          : 'Il manque 1 réponse. Répondez à cette question, puis envoyez à nouveau :',
      notSaved:
        'Vos dernières réponses ne sont pas encore enregistrées. Vérifiez votre connexion à internet, puis envoyez à nouveau.',
    },
    calculationLink: 'Comment est calculé mon score ?',
  },

  /** Shorter theme names, where space is tight (chart axes, table headers). */
  themeShortLabels: {
    visibility: 'Visibilité',
    referencing: 'Référencement',
    content: 'Contenus',
    social: 'Réseaux sociaux',
  } satisfies Record<ThemeKey, string>,

  /** "3 mars 2026" */
  formatDate: (isoDate: string) =>
    new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(new Date(isoDate)),
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

  results: {
    title: 'Mes résultats',
    submittedOn: (date: string) => `Autodiagnostic envoyé le ${date}.`,
    loading: 'Chargement de vos résultats…',
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
    print: 'Imprimer',
    history: 'Voir mon historique',
    redo: 'Refaire mon autodiagnostic',
    backToMySpace: 'Retour à mon espace',
    nextNavigation: 'Et ensuite ?',
  },

  calculation: {
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

  advisorHome: {
    title: 'Espace conseiller',
    chamber: (name: string) => `Vous êtes conseiller de la ${name}.`,
    upcomingTitle: 'Ce que vous pourrez faire ici',
    upcoming: [
      'Retrouver les artisans de votre secteur qui acceptent de partager leurs résultats.',
      'Avant une visite, consulter le profil d’un artisan, l’historique de ses autodiagnostics et ses inscriptions aux ateliers.',
      'Noter vos échanges et préparer une fiche de visite d’une page, à imprimer.',
    ],
  },

  staffHome: {
    title: 'Espace équipe',
    chamber: (name: string) => `Vous faites partie de l’équipe de la ${name}.`,
    departements: (codes: readonly string[]) => `Départements couverts : ${codes.join(', ')}.`,
    upcomingTitle: 'Ce que vous pourrez faire ici',
    upcoming: [
      'Inviter les conseillers de votre chambre.',
      'Exporter des statistiques régionales anonymes, au format Excel, pour la chambre et ses financeurs.',
    ],
  },

  workshopLevels: {
    decouverte: 'Découverte',
    approfondissement: 'Approfondissement',
    expert: 'Expert',
  } satisfies Record<WorkshopLevel, string>,

  tour: {
    session: {
      time: 'Horaire',
      theme: 'Thème',
      level: 'Niveau',
      seats: 'Places',
      seatsLeft: (count: number) => {
        if (count <= 0) return 'Complet : liste d’attente';
        return count === 1 ? '1 place restante' : `${count} places restantes`;
      },
      cancelled: 'Séance annulée',
    },
    booking: {
      book: 'Réserver',
      joinWaitlist: 'Réserver sur la liste d’attente',
      booking: 'Réservation en cours…',
      confirmed: 'Réservé : votre place est confirmée.',
      waitlisted: (position: number | null) =>
        position === null
          ? 'Sur liste d’attente : vous serez prévenu par e-mail si une place se libère.'
          : `Sur liste d’attente (position ${position}) : vous serez prévenu par e-mail si une place se libère.`,
      attended: 'Vous avez participé à cet atelier.',
      manage: 'Voir mes ateliers',
      waitlistHint:
        'Cette séance est complète : vous serez inscrit sur la liste d’attente, et prévenu par e-mail si une place se libère.',
      closed: 'Les inscriptions sont closes : la séance a commencé.',
    },
    nextStop: {
      genericTitle: 'Les ateliers du van numérique près de chez vous',
      title: (commune: string, date: string) =>
        `Votre prochaine étape du van : ${commune}, le ${date}`,
      where: (address: string, commune: string, departement: string) =>
        `Le van vous attend ${address}, à ${commune} (${departement}).`,
      intro:
        'Les ateliers que nous vous conseillons d’après vos résultats, du plus utile au moins utile pour vous :',
      noStop:
        'Le van n’a pas encore d’étape prévue près de chez vous. Les prochaines dates seront annoncées ici : revenez bientôt, ou consultez toutes les étapes de la tournée.',
      noSession: 'Plus aucun atelier n’est ouvert à la réservation à cette étape.',
      allStops: 'Voir toutes les étapes du van',
      loading: 'Recherche de la prochaine étape du van…',
      retry: 'Réessayer',
    },
    page: {
      title: 'La tournée du van numérique',
      lead: 'Les prochaines étapes du van numérique de la chambre, et leurs ateliers.',
      leadArtisan:
        'Le van numérique de votre Chambre de métiers et de l’artisanat s’arrête une journée dans chaque ville. Choisissez un atelier et réservez votre place.',
      loading: 'Chargement des étapes du van…',
      retry: 'Réessayer',
      empty:
        'Aucune étape du van n’est prévue pour le moment. Revenez bientôt : les prochaines dates seront annoncées ici.',
      indexTitle: (count: number) => (count === 1 ? '1 étape à venir' : `${count} étapes à venir`),
      indexItem: (date: string, commune: string, departement: string) =>
        `${capitalised(date)} : ${commune} (${departement})`,
      stopDate: capitalised,
      stopTitle: (commune: string, departement: string) => `${commune} (${departement})`,
      address: (address: string, commune: string) => `${address}, ${commune}`,
      nearYou: 'Près de chez vous',
      sessionsOf: (commune: string) => `Ateliers à ${commune}`,
      noSession: 'Aucun atelier n’est encore programmé à cette étape.',
      manageSession: 'Gérer la séance',
      backToIndex: 'Revenir à la liste des étapes',
      myWorkshops: 'Voir mes ateliers réservés',
    },
    homeCard: {
      title: 'Les ateliers du van numérique',
      text: 'Le van de votre chambre s’arrête près de chez vous : réservez une place aux ateliers qui vous seront utiles.',
      tourLink: 'Voir les étapes du van',
      myWorkshopsLink: 'Mes ateliers réservés',
    },
    myWorkshops: {
      title: 'Mes ateliers',
      lead: 'Les ateliers du van numérique que vous avez réservés.',
      loading: 'Chargement de vos ateliers…',
      retry: 'Réessayer',
      empty:
        'Vous n’avez encore réservé aucun atelier. Choisissez-en un parmi les étapes du van près de chez vous.',
      seeStops: 'Voir les étapes du van',
      pastTitle: 'Ateliers passés',
      statusLabel: 'Statut',
      status: {
        confirmed: 'Place confirmée',
        waitlisted: (position: number | null) =>
          position === null ? 'Liste d’attente' : `Liste d’attente (position ${position})`,
        attended: 'Présent',
      },
      sessionCancelled:
        'La chambre a annulé cette séance. Vous avez été prévenu par e-mail. Choisissez un autre atelier si vous le souhaitez.',
      addToCalendar: 'Ajouter à mon agenda',
      calendarBusy: 'Préparation du fichier…',
      calendarFileName: 'atelier-van-numerique.ics',
      cancel: 'Annuler ma réservation',
      cancelQuestion: (title: string) =>
        `Voulez-vous vraiment annuler votre place à l’atelier « ${title} » ?`,
      cancelConfirm: 'Oui, annuler ma place',
      cancelKeep: 'Non, garder ma place',
      cancelling: 'Annulation en cours…',
      cancelled: (title: string, date: string, time: string) =>
        `Votre réservation à l’atelier « ${title} » du ${date} (${time}) est annulée.`,
    },
  },

  staff: {
    homeCards: {
      title: 'La tournée du van',
      toursTitle: 'Tournées, étapes et séances',
      toursText:
        'Créez les tournées, ajoutez les étapes, programmez les séances, suivez les inscrits et pointez les présences.',
      toursLink: 'Gérer les tournées',
      workshopsTitle: 'Catalogue des ateliers',
      workshopsText: 'Les ateliers que le van peut proposer, par thème et par niveau.',
      workshopsLink: 'Gérer le catalogue',
      publicTitle: 'La tournée vue par les artisans',
      publicText: 'Les prochaines étapes et les places restantes, comme les artisans les voient.',
      publicLink: 'Voir la tournée',
    },
    breadcrumbs: 'Fil d’Ariane',
    retry: 'Réessayer',
    form: {
      invalid: (count: number) =>
        count === 1
          ? 'Le formulaire contient 1 erreur à corriger :'
          : `Le formulaire contient ${count} erreurs à corriger :`,
      keep: 'Non, revenir en arrière',
    },
    workshops: {
      title: 'Catalogue des ateliers',
      lead: 'Les ateliers que le van peut proposer. Chacun se programme ensuite en séances, aux étapes de la tournée.',
      loading: 'Chargement du catalogue…',
      caption: (count: number) =>
        count === 1 ? 'Le catalogue compte 1 atelier' : `Le catalogue compte ${count} ateliers`,
      columns: {
        title: 'Intitulé',
        theme: 'Thème',
        level: 'Niveau',
        duration: 'Durée',
        actions: 'Actions',
      },
      duration: (minutes: number) => {
        const hours = Math.floor(minutes / 60);
        const rest = minutes % 60;
        if (hours === 0) return `${rest} min`;
        return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
      },
      edit: 'Modifier',
      createTitle: 'Ajouter un atelier',
      editTitle: (title: string) => `Modifier l’atelier « ${title} »`,
      stopEditing: 'Fermer sans enregistrer',
      created: (title: string) => `L’atelier « ${title} » est ajouté au catalogue.`,
      updated: (title: string) => `L’atelier « ${title} » est enregistré.`,
      deleted: (title: string) => `L’atelier « ${title} » est supprimé du catalogue.`,
      delete: 'Supprimer cet atelier',
      deleteQuestion: (title: string) => `Supprimer l’atelier « ${title} » du catalogue ?`,
      deleteConsequence:
        'Seul un atelier jamais programmé peut être supprimé. La suppression est définitive.',
      deleteConfirm: 'Oui, supprimer l’atelier',
      deleting: 'Suppression…',
    },
    workshopForm: {
      titleLabel: 'Intitulé de l’atelier',
      titleHint: 'Entre 3 et 120 caractères, tel que les artisans le liront.',
      themeLegend: 'Thème',
      levelLegend: 'Niveau',
      levelHints: {
        decouverte: 'Pour les artisans débutants ou initiés sur ce thème.',
        approfondissement: 'Pour les artisans avancés sur ce thème.',
        expert: 'Pour les artisans déjà experts sur ce thème.',
      } satisfies Record<WorkshopLevel, string>,
      durationLabel: 'Durée, en minutes',
      durationHint: 'De 15 à 480 minutes. Elle propose l’heure de fin des séances.',
      descriptionLabel: 'Description',
      descriptionHint: 'Ce que l’artisan saura faire en sortant. 2 000 caractères au plus.',
      keyLabel: 'Identifiant (facultatif)',
      keyHint:
        'Minuscules sans accent, chiffres et tirets, par exemple « photo-produits ». Laissé vide, il est déduit de l’intitulé.',
      create: 'Ajouter l’atelier',
      saveChanges: 'Enregistrer les modifications',
      saving: 'Enregistrement…',
      required: {
        title: 'Indiquez l’intitulé de l’atelier.',
        theme: 'Choisissez un thème.',
        level: 'Choisissez un niveau.',
        durationMinutes: 'Indiquez la durée en minutes.',
        description: 'Indiquez une description.',
      },
    },
    tours: {
      title: 'Tournées du van',
      lead: 'Une tournée regroupe les étapes du van, une journée dans chaque ville.',
      loading: 'Chargement des tournées…',
      empty: 'Aucune tournée pour le moment : créez la première ci-dessous.',
      caption: (count: number) =>
        count === 1 ? '1 tournée de la chambre' : `${count} tournées de la chambre`,
      columns: { name: 'Tournée', stops: 'Étapes', from: 'Du', to: 'Au' },
      noDate: '—',
      createTitle: 'Créer une tournée',
    },
    tourForm: {
      nameLabel: 'Nom de la tournée',
      nameHint: 'Par exemple : Le van numérique dans l’Yonne et la Nièvre.',
      required: 'Indiquez le nom de la tournée.',
      create: 'Créer la tournée',
      rename: 'Renommer la tournée',
      saving: 'Enregistrement…',
    },
    tour: {
      fallbackTitle: 'Tournée',
      notFound: 'Cette tournée est introuvable : elle a peut-être été supprimée.',
      loading: 'Chargement de la tournée…',
      lead: 'Les étapes de la tournée, par date. Choisissez une étape pour programmer ses séances.',
      empty: 'Cette tournée n’a pas encore d’étape : ajoutez-en une ci-dessous.',
      caption: (count: number) => (count === 1 ? '1 étape, par date' : `${count} étapes, par date`),
      columns: { date: 'Date', commune: 'Commune', address: 'Adresse', sessions: 'Séances' },
      addStopTitle: 'Ajouter une étape',
      addStopIntro:
        'Une étape, c’est une journée du van dans une commune. Vous programmerez ses séances ensuite.',
      renameTitle: 'Renommer la tournée',
      renamed: (name: string) => `La tournée s’appelle maintenant « ${name} ».`,
      deleteTitle: 'Supprimer la tournée',
      deleteIntro:
        'Possible seulement si aucun artisan ne s’est inscrit à l’une de ses séances. Sinon, annulez plutôt les séances : les inscrits seront prévenus.',
      delete: 'Supprimer la tournée',
      deleteQuestion: (name: string) => `Supprimer la tournée « ${name} » ?`,
      deleteConsequence: (stops: number) =>
        stops === 0
          ? 'La suppression est définitive.'
          : `Ses ${stops === 1 ? 'étape et ses séances seront supprimées' : `${stops} étapes et leurs séances seront supprimées`} aussi. La suppression est définitive.`,
      deleteConfirm: 'Oui, supprimer la tournée',
      deleting: 'Suppression…',
    },
    stopForm: {
      communeLabel: 'Commune de l’étape',
      communeHint:
        'Tapez le nom de la commune ou son code postal, puis choisissez-la dans la liste. Elle doit être dans un département de la chambre.',
      dateLabel: 'Date',
      dateHint: 'Le jour où le van s’arrête dans la commune.',
      addressLabel: 'Adresse',
      addressHint: 'Où stationne le van, par exemple « Place de l’Arquebuse ».',
      create: 'Ajouter l’étape',
      saveChanges: 'Enregistrer l’étape',
      saving: 'Enregistrement…',
      nothingChanged: 'Rien n’a changé : modifiez la commune, la date ou l’adresse.',
      required: {
        communeCode: 'Choisissez la commune dans la liste proposée.',
        date: 'Indiquez la date de l’étape.',
        address: 'Indiquez l’adresse où stationne le van.',
      },
    },
    stop: {
      fallbackTitle: 'Étape',
      title: (commune: string, date: string) => `${commune}, ${date}`,
      loading: 'Chargement de l’étape…',
      empty: 'Aucune séance n’est encore programmée à cette étape : ajoutez-en une ci-dessous.',
      caption: (count: number) =>
        count === 1 ? '1 séance, par heure de début' : `${count} séances, par heure de début`,
      columns: {
        time: 'Horaire',
        workshop: 'Atelier',
        level: 'Niveau',
        capacity: 'Places',
        confirmed: 'Inscrits',
        waitlisted: 'En attente',
        seatsLeft: 'Restantes',
        state: 'État',
      },
      scheduled: 'Prévue',
      cancelled: 'Annulée',
      addSessionTitle: 'Programmer une séance',
      noWorkshop: 'Le catalogue ne contient aucun atelier.',
      toCatalogue: 'Ajouter un atelier au catalogue',
      sessionCreated: (title: string, time: string) =>
        `La séance « ${title} » (${time}) est programmée.`,
      editTitle: 'Modifier l’étape',
      editIntro:
        'Si la commune ou l’adresse change, les artisans inscrits sont prévenus par e-mail. La date ne peut changer que si l’étape n’a pas encore de séance.',
      updated: 'L’étape est enregistrée.',
      deleteTitle: 'Supprimer l’étape',
      deleteIntro:
        'Possible seulement si aucun artisan ne s’est inscrit à ses séances. Sinon, annulez plutôt les séances : les inscrits seront prévenus.',
      delete: 'Supprimer l’étape',
      deleteQuestion: (commune: string, date: string) =>
        `Supprimer l’étape de ${commune} du ${date} ?`,
      deleteConsequence: (sessions: number) =>
        sessions === 0
          ? 'La suppression est définitive.'
          : `${sessions === 1 ? 'Sa séance sera supprimée' : `Ses ${sessions} séances seront supprimées`} aussi. La suppression est définitive.`,
      deleteConfirm: 'Oui, supprimer l’étape',
      deleting: 'Suppression…',
    },
    sessionForm: {
      workshopLabel: 'Atelier',
      workshopPlaceholder: 'Choisissez un atelier',
      workshopOption: (title: string, level: string, minutes: number) =>
        `${title} (${level}, ${minutes} min)`,
      timesLegend: 'Horaire',
      timesHint: (date: string) =>
        `Le ${date}, heure de Paris. La fin se remplit d’après la durée de l’atelier.`,
      startLabel: 'Début',
      endLabel: 'Fin',
      capacityLabel: 'Nombre de places',
      capacityHint: 'De 1 à 500. Au-delà, les artisans s’inscrivent sur la liste d’attente.',
      capacityHintEdit:
        'Pas moins que le nombre d’inscrits confirmés. Plus de places : les premiers de la liste d’attente sont confirmés et prévenus.',
      create: 'Programmer la séance',
      saveChanges: 'Enregistrer la séance',
      saving: 'Enregistrement…',
      nothingChanged: 'Rien n’a changé : modifiez l’atelier, l’horaire ou le nombre de places.',
      required: {
        workshopId: 'Choisissez un atelier.',
        startsAt: 'Indiquez l’heure de début.',
        endsAt: 'Indiquez l’heure de fin.',
        capacity: 'Indiquez le nombre de places.',
      },
    },
    session: {
      fallbackTitle: 'Séance',
      notFound: 'Cette séance est introuvable : elle a peut-être été supprimée.',
      loading: 'Chargement de la séance…',
      when: (date: string, time: string, place: string) => `Séance du ${date}, ${time}, ${place}.`,
      cancelledNotice:
        'Cette séance est annulée. Les artisans inscrits ont été prévenus par e-mail.',
      figures: {
        capacity: 'Places',
        confirmed: 'Inscrits confirmés',
        waitlisted: 'En liste d’attente',
        attended: 'Présents',
        seatsLeft: 'Places restantes',
      },
      registrantsTitle: 'Inscrits',
      noRegistrant: 'Personne ne s’est encore inscrit à cette séance.',
      attendanceLater: (date: string, time: string) =>
        `La présence se pointe à partir du début de la séance, le ${date} à ${time}.`,
      registrantsCaption: (count: number) =>
        count === 1
          ? '1 inscription, par ordre d’arrivée'
          : `${count} inscriptions, par ordre d’arrivée`,
      columns: {
        arrival: 'N°',
        business: 'Entreprise',
        email: 'E-mail',
        commune: 'Commune',
        status: 'Statut',
        attendance: 'Présence',
      },
      status: {
        confirmed: 'Confirmé',
        waitlisted: (position: number | null) =>
          position === null ? 'Liste d’attente' : `Liste d’attente (${position})`,
        attended: 'Présent',
        cancelled: 'Annulé',
      },
      present: 'Présent',
      notMarkable: 'Non confirmé',
      markedPresent: (business: string) => `${business} : présence enregistrée.`,
      markedAbsent: (business: string) => `${business} : noté absent.`,
      editTitle: 'Modifier la séance',
      updated:
        'La séance est enregistrée. Les inscrits sont prévenus si l’horaire ou l’atelier a changé.',
      cancelTitle: 'Annuler la séance',
      cancelIntro:
        'L’annulation est définitive : la séance reste visible, marquée « annulée », et chaque inscrit reçoit un e-mail.',
      cancel: 'Annuler la séance',
      cancelQuestion: (title: string) => `Annuler la séance « ${title} » ?`,
      cancelConsequence: (people: number) =>
        people === 0
          ? 'Personne n’est inscrit pour l’instant.'
          : people === 1
            ? 'La personne inscrite sera prévenue par e-mail.'
            : `Les ${people} personnes inscrites seront prévenues par e-mail.`,
      cancelConfirm: 'Oui, annuler la séance',
      cancelling: 'Annulation…',
      cancelledDone: (people: number) =>
        people === 0
          ? 'La séance est annulée.'
          : `La séance est annulée : ${people === 1 ? 'la personne inscrite est prévenue' : `les ${people} personnes inscrites sont prévenues`} par e-mail.`,
      deleteTitle: 'Supprimer la séance',
      deleteIntro:
        'Possible seulement si personne ne s’y est jamais inscrit. Sinon, annulez-la : les inscrits seront prévenus.',
      delete: 'Supprimer la séance',
      deleteQuestion: (title: string) => `Supprimer la séance « ${title} » ?`,
      deleteConfirm: 'Oui, supprimer la séance',
      deleting: 'Suppression…',
    },
  },

  notFound: {
    title: 'Page introuvable',
    text: 'L’adresse demandée n’existe pas ou a changé.',
    backHome: 'Revenir à l’accueil',
  },

  routeError: {
    title: 'Un problème est survenu',
    text: 'La page n’a pas pu s’afficher. Rechargez-la ; si le problème continue, réessayez un peu plus tard.',
    reload: 'Recharger la page',
  },
};
