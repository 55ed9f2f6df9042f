import type { EmployeeBand, Role, Sector, ThemeKey } from '@capnum/contracts';

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
    intro:
      'Répondez à des questions simples sur quatre thèmes : visibilité, référencement, contenus et réseaux sociaux. « Je ne sais pas » est toujours une réponse possible.',
    backToMySpace: 'Retour à mon espace',
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
      'Organiser la tournée du van numérique : étapes, ateliers, places et présences.',
      'Inviter les conseillers de votre chambre.',
      'Exporter des statistiques régionales anonymes, au format Excel, pour la chambre et ses financeurs.',
    ],
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
