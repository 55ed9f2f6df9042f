import type { Role } from '@capnum/contracts';

/** Every page address in one place, so features link to each other without importing each other. */
export const paths = {
  home: '/',
  login: '/connexion',
  signup: '/inscription',
  artisanHome: '/mon-espace',
  diagnostic: '/diagnostic',
  advisorHome: '/conseiller',
  staffHome: '/equipe',
} as const;

export const roleHomePath: Record<Role, string> = {
  artisan: paths.artisanHome,
  advisor: paths.advisorHome,
  staff: paths.staffHome,
};
