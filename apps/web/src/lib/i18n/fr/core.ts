import type { EmployeeBand, Role, ThemeKey } from '@capnum/contracts';
import { themeLabels, workshopLevelLabels } from '@capnum/scoring/labels';

/**
 * The French words every page may need: the shell, the home pages, sign-in
 * and the questionnaire, and the vocabulary several areas share (themes,
 * levels). Loaded with the first page: a lazily loaded area keeps its words in
 * its own module next to this one, and this module never imports them.
 */
export const coreFr = {
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
    footerLinksLabel: 'Informations légales',
    menu: 'Menu',
    privacy: 'Confidentialité',
    legalNotice: 'Mentions légales',
    accessibility: 'Accessibilité : partiellement conforme',
    navigation: {
      home: 'Accueil',
      login: 'Se connecter',
      signup: 'Créer un compte',
      artisanHome: 'Mon espace',
      diagnostic: 'Mon autodiagnostic',
      advisorHome: 'Mes membres',
      account: 'Mon compte',
      staffTeam: 'Équipe',
      staffStatistics: 'Statistiques',
      staffHome: 'Espace équipe',
      tour: 'La tournée du van',
      myWorkshops: 'Mes ateliers',
      staffTours: 'Tournées',
      staffWorkshops: 'Ateliers',
    },
  },

  /** Shared by every form and page shell. */
  forms: {
    invalid: (count: number) =>
      count === 1
        ? 'Le formulaire contient 1 erreur à corriger :'
        : `Le formulaire contient ${count} erreurs à corriger :`,
    keep: 'Non, revenir en arrière',
  },
  breadcrumbs: 'Fil d’Ariane',

  errors: {
    network:
      'Impossible de joindre Cap Numérique. Vérifiez votre connexion à internet, puis réessayez.',
    unexpected: 'Une erreur inattendue est survenue. Réessayez dans un instant.',
  },

  themes: {
    visibility: {
      label: themeLabels.visibility,
      description:
        'Être trouvé sur internet : site, fiche sur les cartes en ligne, annuaires, avis, horaires, photos.',
    },
    referencing: {
      label: themeLabels.referencing,
      description:
        'Apparaître dans les moteurs de recherche quand on cherche votre métier près de chez vous.',
    },
    content: {
      label: themeLabels.content,
      description:
        'Montrer votre savoir-faire : photos et vidéos de vos réalisations, avant/après, histoire du métier.',
    },
    social: {
      label: themeLabels.social,
      description:
        'Choisir les bons réseaux, publier régulièrement, répondre aux messages et aux avis.',
    },
  } satisfies Record<ThemeKey, { label: string; description: string }>,

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

  workshopLevels: workshopLevelLabels,

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
    forgotten: 'Mot de passe oublié ?',
    loggedOut: 'Vous êtes déconnecté. À bientôt sur Cap Numérique !',
    sessionExpired: 'Votre session a expiré. Connectez-vous à nouveau pour continuer.',
    missingCredentials: 'Indiquez votre adresse e-mail et votre mot de passe.',
  },

  emailConfirmation: {
    title: 'Confirmation de votre adresse e-mail',
    confirming: 'Confirmation de votre adresse en cours…',
    confirmed: (email: string) => `C’est fait : l’adresse ${email} est confirmée.`,
    confirmedNext:
      'Vous pouvez maintenant réserver une place aux ateliers du van et partager votre diagnostic avec votre chambre de métiers.',
    toMySpace: 'Aller à mon espace',
    toLogin: 'Se connecter',
    missingToken:
      'Ce lien est incomplet. Ouvrez le lien tel quel depuis l’e-mail reçu, ou copiez toute l’adresse dans votre navigateur.',
    bannerText: (email: string) =>
      `Confirmez votre adresse e-mail : nous avons envoyé un lien à ${email}. Tant qu’elle n’est pas confirmée, vous ne pouvez pas réserver d’atelier.`,
    resend: 'Recevoir un nouveau lien',
    resending: 'Envoi du lien…',
    resent: (email: string) => `Un nouveau lien vient d’être envoyé à ${email}.`,
  },

  artisanHome: {
    title: 'Mon espace',
    greeting: 'Bonjour !',
    intro: 'Voici votre espace Cap Numérique.',
    introFor: {
      new: 'Voici votre espace Cap Numérique. Commencez par votre autodiagnostic : une dizaine de minutes, sur votre téléphone.',
      'in-progress':
        'Votre autodiagnostic est commencé et vos réponses sont enregistrées : reprenez-le où vous en étiez.',
      results:
        'Vos résultats sont prêts : voyez vos priorités, et les ateliers du van près de chez vous.',
    },
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
    businessNameLabel: 'Nom',
    tradeLabel: 'Métier',
    communeLabel: 'Commune',
    siretLabel: 'SIRET',
    employeesLabel: 'Salariés',
    chamberLabel: 'Chambre de métiers',
    sharingOn: 'Votre conseiller de la CMA peut consulter vos résultats.',
    sharingOff: 'Vos résultats ne sont pas partagés avec votre conseiller.',
    /** The van's tour, under the self-assessment. */
    tourCard: {
      title: 'Les ateliers du van numérique',
      text: 'Le van de votre chambre s’arrête près de chez vous : réservez une place aux ateliers qui vous seront utiles.',
      tourLink: 'Voir les étapes du van',
      myWorkshopsLink: 'Mes ateliers réservés',
      next: (title: string, day: string, hours: string, commune: string) =>
        `Votre prochain atelier : « ${title} », ${day}, ${hours}, à ${commune}.`,
      waitlisted: (position: number) =>
        `Vous êtes sur la liste d’attente (position ${position}) : un e-mail vous préviendra si une place se libère.`,
    },
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
      `${count} question${count > 1 ? 's' : ''}. Vos réponses sont enregistrées au fur et à mesure.`,
    lastTime: 'Votre réponse de la dernière fois : changez-la si les choses ont bougé.',
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

  /** "3 mars 2026" */
  formatDate: (isoDate: string) =>
    new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(new Date(isoDate)),

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

/** The shape of the core words: another language's `core.ts` provides exactly these. */
export type CoreCatalogue = typeof coreFr;
