import type { Role } from '@capnum/contracts';

/** Every page address in one place, so features link to each other without importing each other. */
export const paths = {
  home: '/',
  login: '/connexion',
  signup: '/inscription',
  /** The link of the confirmation e-mail (the API builds it: keep both in step). */
  emailConfirmation: '/confirmer-mon-adresse',
  passwordForgotten: '/mot-de-passe-oublie',
  /** The link of the password-reset e-mail (the API builds it: keep both in step). */
  passwordReset: '/nouveau-mot-de-passe',
  artisanHome: '/mon-espace',
  diagnostic: '/diagnostic',
  /** "Refaire mon autodiagnostic": the first step, the last answers prefilled and marked. */
  diagnosticRedo: '/diagnostic/visibilite',
  /** One step of the questionnaire: a theme (`visibilite`…) or `verification`. */
  diagnosticStep: '/diagnostic/:step',
  diagnosticResults: '/diagnostic/resultats/:assessmentId',
  diagnosticCalculation: '/diagnostic/calcul',
  diagnosticHistory: '/diagnostic/historique',
  advisorHome: '/conseiller',
  advisorMember: '/conseiller/membres/:artisanId',
  advisorBrief: '/conseiller/membres/:artisanId/fiche',
  advisorStopPack: '/conseiller/etapes/:stopId',
  account: '/mon-compte',
  myData: '/mon-compte/mes-donnees',
  accountErased: '/compte-supprime',
  /** The link of the invitation e-mail (the API builds it: keep both in step). */
  invitation: '/invitation',
  staffOutbox: '/equipe/courriels',
  privacy: '/confidentialite',
  legalNotice: '/mentions-legales',
  accessibility: '/accessibilite',
  staffTeam: '/equipe/conseillers',
  staffStatistics: '/equipe/statistiques',
  staffHome: '/equipe',
  tour: '/tournee',
  myWorkshops: '/mes-ateliers',
  staffWorkshops: '/equipe/ateliers',
  staffSiretConflicts: '/equipe/siret-a-verifier',
  staffTours: '/equipe/tournees',
  staffTour: '/equipe/tournees/:tourId',
  staffStop: '/equipe/etapes/:stopId',
  staffSession: '/equipe/etapes/:stopId/seances/:sessionId',
} as const;

/** Addresses with an id in them, built from the patterns above. */
export const pathTo = {
  diagnosticResults: (assessmentId: string) =>
    `/diagnostic/resultats/${encodeURIComponent(assessmentId)}`,
  advisorMember: (artisanId: string) => `/conseiller/membres/${encodeURIComponent(artisanId)}`,
  advisorBrief: (artisanId: string) => `/conseiller/membres/${encodeURIComponent(artisanId)}/fiche`,
  advisorStopPack: (stopId: string) => `/conseiller/etapes/${encodeURIComponent(stopId)}`,
  staffTour: (tourId: string) => `/equipe/tournees/${encodeURIComponent(tourId)}`,
  staffStop: (stopId: string) => `/equipe/etapes/${encodeURIComponent(stopId)}`,
  staffSession: (stopId: string, sessionId: string) =>
    `/equipe/etapes/${encodeURIComponent(stopId)}/seances/${encodeURIComponent(sessionId)}`,
};

export const roleHomePath: Record<Role, string> = {
  artisan: paths.artisanHome,
  advisor: paths.advisorHome,
  staff: paths.staffHome,
};
