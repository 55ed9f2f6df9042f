import type { AccessClaims } from '../plugins/authentication.ts';
import { NotFoundError } from './errors.ts';

/** An artisan's business within its chamber: every owner filter in SQL uses both ids. */
export interface Owner {
  artisanId: string;
  chamberId: string;
}

/**
 * The business an artisan's access token names (set at sign-in, see
 * `claimsOf` in the auth service), so owner filters need no lookup.
 */
export function ownerOf(claims: AccessClaims): Owner {
  if (!claims.artisanId) {
    throw new NotFoundError('Profil d’entreprise introuvable.', 'ARTISAN_NOT_FOUND');
  }
  return { artisanId: claims.artisanId, chamberId: claims.chamberId };
}
