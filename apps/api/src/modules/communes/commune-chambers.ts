import type { Commune } from '@capnum/contracts';
import type { Executor } from '../../db/database.ts';
import { UnprocessableError } from '../../lib/errors.ts';
import * as chambers from './chambers.repository.ts';
import { findCommune } from './commune-directory.ts';

/** A commune of the official list, or a 422 naming the field. */
export function officialCommune(code: string): Commune {
  const commune = findCommune(code);
  if (!commune) {
    throw new UnprocessableError(
      'Cette commune est introuvable dans la liste officielle.',
      'COMMUNE_UNKNOWN',
      [{ field: 'communeCode', message: 'Commune inconnue.' }],
    );
  }
  return commune;
}

/** Where a new member belongs: the chamber covering their commune's département. */
export async function chamberCoveringCommune(executor: Executor, code: string) {
  const commune = officialCommune(code);
  const chamber = await chambers.findChamberCoveringDepartement(executor, commune.departement);
  if (!chamber) {
    throw new UnprocessableError(
      `Aucune chambre de métiers inscrite sur Cap Numérique ne couvre encore ${commune.name} (département ${commune.departement}). Contactez votre chambre de métiers et de l’artisanat.`,
      'NO_CHAMBER',
      [{ field: 'communeCode', message: 'Commune hors du territoire des chambres inscrites.' }],
    );
  }
  return { commune, chamber };
}

/** A commune of the official list, in one of the given chamber's départements. */
export async function communeInChamber(executor: Executor, chamberId: string, code: string) {
  const commune = officialCommune(code);
  const chamber = await chambers.findChamber(executor, chamberId);
  if (!chamber?.departements.includes(commune.departement)) {
    throw new UnprocessableError(
      `${commune.name} (${commune.departement}) n’est pas dans un département de votre chambre (${chamber?.departements.join(', ') ?? '—'}).`,
      'COMMUNE_OUTSIDE_CHAMBER',
      [{ field: 'communeCode', message: 'Commune hors du territoire de la chambre.' }],
    );
  }
  return commune;
}
