import type { Sector } from '@capnum/contracts';
import { PASSWORD_MIN_LENGTH } from '@capnum/contracts/rules';

/** The sign-up page (lazily loaded). */
export const signupFr = {
  title: 'Créer mon compte artisan',
  intro:
    'Quelques informations sur vous et votre entreprise suffisent. Tous les champs sont obligatoires, sauf mention « facultatif ».',
  accountLegend: 'Votre compte',
  businessLegend: 'Votre entreprise',
  sharingLegend: 'Partage avec votre conseiller',
  emailLabel: 'Adresse e-mail',
  emailHint: 'Elle vous servira à vous connecter. Exemple : nom@exemple.fr',
  passwordLabel: 'Mot de passe',
  passwordHint: `Au moins ${PASSWORD_MIN_LENGTH} caractères. Une courte phrase facile à retenir est un bon mot de passe.`,
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
  checkInboxTitle: 'Vérifiez votre boîte de réception',
  checkInbox: (email: string) =>
    `Nous avons écrit à ${email}. Ouvrez le message de Cap Numérique et suivez ses indications pour continuer.`,
  checkInboxSpam:
    'Rien reçu d’ici quelques minutes ? Regardez dans les courriers indésirables, puis vérifiez l’adresse saisie.',
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
    businessName: 'Le nom de l’entreprise est trop court.',
    siret: 'Le SIRET compte exactement 14 chiffres.',
  },

  sectors: {
    alimentation: {
      label: 'Alimentation',
      hint: 'Boulangerie, boucherie, traiteur, chocolaterie…',
    },
    batiment: { label: 'Bâtiment', hint: 'Maçonnerie, plomberie, électricité, menuiserie…' },
    fabrication: { label: 'Fabrication', hint: 'Ébénisterie, bijouterie, imprimerie, couture…' },
    services: { label: 'Services', hint: 'Coiffure, esthétique, réparation, taxi, pressing…' },
  } satisfies Record<Sector, { label: string; hint: string }>,
};

export type SignupCatalogue = typeof signupFr;
