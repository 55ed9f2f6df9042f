import { PASSWORD_MIN_LENGTH } from '@capnum/contracts/rules';

/** The artisan's "Mon compte" page (lazily loaded). */
export const accountFr = {
  title: 'Mon compte',
  loading: 'Chargement…',
  retry: 'Réessayer',
  sharing: {
    title: 'Partage avec les conseillers de la chambre',
    explanation:
      'Si vous l’acceptez, les conseillers de votre Chambre de métiers et de l’artisanat voient vos résultats, vos réponses et vos inscriptions aux ateliers, pour préparer une visite ou une journée du van. Vous pouvez retirer votre accord à tout moment : il prend effet immédiatement.',
    label: 'J’accepte que les conseillers de ma chambre consultent mon autodiagnostic',
    textVersion: (version: string) => `Texte de consentement, version ${version}.`,
    save: 'Enregistrer mon choix',
    saving: 'Enregistrement…',
    granted:
      'Votre accord est enregistré : les conseillers de votre chambre peuvent consulter votre autodiagnostic.',
    withdrawn: 'Votre accord est retiré : les conseillers ne voient plus votre autodiagnostic.',
    historyTitle: 'Historique de vos choix',
    historyEmpty: 'Vous n’avez encore rien choisi.',
    historyItem: (granted: boolean, date: string) =>
      `${granted ? 'Accord donné' : 'Accord retiré'} le ${date}`,
  },
  log: {
    title: 'Qui a consulté mes données',
    intro: 'Chaque consultation de votre dossier par la chambre est notée ici.',
    empty: 'Personne n’a consulté votre dossier.',
  },
  business: {
    title: 'Mon entreprise',
    intro:
      'Ces informations servent à vous proposer les ateliers du van et à établir les statistiques de la chambre.',
    fixed: (siret: string, commune: string) =>
      `SIRET ${siret}, commune : ${commune}. Pour les changer, contactez votre chambre de métiers.`,
    save: 'Enregistrer mon entreprise',
    saving: 'Enregistrement…',
    saved: 'Les informations de votre entreprise sont enregistrées.',
  },
  password: {
    title: 'Changer mon mot de passe',
    current: 'Mot de passe actuel',
    next: 'Nouveau mot de passe',
    nextHint: `Au moins ${PASSWORD_MIN_LENGTH} caractères. Vos autres appareils seront déconnectés.`,
    required: 'Indiquez votre mot de passe actuel.',
    save: 'Changer mon mot de passe',
    saving: 'Changement…',
    saved: 'Votre mot de passe est changé. Vos autres sessions sont fermées.',
  },
  data: {
    title: 'Mes données',
    intro:
      'Vous pouvez consulter tout ce que Cap Numérique garde sur vous, ou le télécharger dans un fichier (format JSON, lisible par d’autres logiciels).',
    see: 'Voir toutes mes données',
    download: 'Télécharger mes données (JSON)',
    downloading: 'Préparation du fichier…',
    downloaded: 'Le fichier de vos données est téléchargé.',
  },
  erase: {
    title: 'Supprimer mon compte',
    intro:
      'Votre compte, le nom et le SIRET de votre entreprise, vos réponses et vos coordonnées seront effacés définitivement. Vos inscriptions aux ateliers à venir seront annulées et vos places proposées aux artisans en liste d’attente. Seuls vos scores restent, sans aucun lien avec vous, dans les statistiques anonymes de la chambre.',
    password: 'Votre mot de passe, pour confirmer',
    understood: 'J’ai compris : la suppression est définitive.',
    mustConfirm: 'Cochez la case pour confirmer que vous avez compris.',
    required: 'Indiquez votre mot de passe pour confirmer.',
    submit: 'Supprimer définitivement mon compte',
    submitting: 'Suppression…',
  },
  erased: {
    title: 'Votre compte est supprimé',
    text: 'Toutes les informations qui vous désignaient ont été effacées. Merci d’avoir utilisé Cap Numérique.',
    again: 'Vous pouvez créer un nouveau compte à tout moment avec la même adresse.',
    home: 'Retour à l’accueil',
  },
  myData: {
    title: 'Mes données',
    back: 'Retour à Mon compte',
    download: 'Télécharger (JSON)',
    exportedAt: (date: string) => `Données à jour du ${date}.`,
    account: 'Mon compte',
    email: 'Adresse e-mail',
    createdAt: 'Compte créé le',
    confirmedAt: 'Adresse confirmée le',
    lastSeenAt: 'Dernière connexion',
    chamber: 'Chambre',
    business: 'Mon entreprise',
    businessName: 'Nom',
    siret: 'SIRET',
    trade: 'Métier',
    commune: 'Commune',
    website: 'Site internet',
    none: 'Aucun',
    assessments: 'Mes autodiagnostics',
    assessmentsEmpty: 'Aucun autodiagnostic.',
    assessmentLine: (date: string, score: string) => `${date} : ${score}`,
    draft: 'brouillon en cours',
    answersCount: (count: number) =>
      `${count} réponse${count > 1 ? 's' : ''} enregistrée${count > 1 ? 's' : ''}`,
    bookings: 'Mes inscriptions aux ateliers',
    bookingsEmpty: 'Aucune inscription.',
    statuses: {
      confirmed: 'inscrit',
      waitlisted: 'en liste d’attente',
      cancelled: 'annulée',
      attended: 'présent',
    } as Record<string, string>,
    consents: 'Mes choix de partage',
    consentsEmpty: 'Aucun choix enregistré.',
    accesses: 'Consultations par la chambre',
    accessesEmpty: 'Aucune consultation.',
    notes: 'Notes des conseillers sur mon entreprise',
    notesEmpty: 'Aucune note.',
  },
};

export type AccountCatalogue = typeof accountFr;
