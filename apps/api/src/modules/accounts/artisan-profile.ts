import type { ArtisanProfile } from '@capnum/contracts';
import type { Selectable } from 'kysely';
import type { ArtisanTable } from '../../db/schema.ts';

/** The artisan columns the business profile shows ("Mon compte", the data export, /api/me). */
export const artisanProfileColumns = [
  'id',
  'business_name',
  'siret',
  'trade',
  'sector',
  'commune_code',
  'commune_name',
  'departement',
  'employee_band',
  'website',
  'share_with_advisor',
  'consent_at',
] as const;

type ProfileRow = Pick<Selectable<ArtisanTable>, (typeof artisanProfileColumns)[number]>;

/** The business as the API shows it to its owner. */
export function toArtisanProfile(row: ProfileRow): ArtisanProfile {
  return {
    id: row.id,
    businessName: row.business_name,
    siret: row.siret,
    trade: row.trade,
    sector: row.sector,
    communeCode: row.commune_code,
    communeName: row.commune_name,
    departement: row.departement,
    employeeBand: row.employee_band,
    website: row.website,
    shareWithAdvisor: row.share_with_advisor,
    consentAt: row.consent_at?.toISOString() ?? null,
  };
}
