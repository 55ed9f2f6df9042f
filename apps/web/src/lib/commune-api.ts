import type { Commune } from '@capnum/contracts';
import { api } from './api-client.ts';

/** Which communes a search looks in: all of France, or only the staff member's chamber. */
export type CommuneScope = 'france' | 'chamber';

/**
 * Communes of the official list whose name or postcode starts with `query`
 * (`GET /api/communes?q=`, or `/api/staff/communes?q=` for the chamber's own).
 */
export async function searchCommunes(
  query: string,
  signal: AbortSignal,
  scope: CommuneScope = 'france',
): Promise<Commune[]> {
  const path = scope === 'chamber' ? '/api/staff/communes' : '/api/communes';
  const { communes } = await api.get<{ communes: Commune[] }>(
    `${path}?q=${encodeURIComponent(query)}`,
    { signal },
  );
  return communes;
}

/** Lower case, no accents, hyphens and apostrophes as spaces: "Saint-Étienne" ~ "saint etienne". */
export function communeSearchForm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’\s]+/g, ' ')
    .trim();
}

/** The one commune whose whole name is what was typed, if exactly one is. */
export function exactCommune(typed: string, communes: readonly Commune[]): Commune | null {
  const wanted = communeSearchForm(typed);
  const matches = communes.filter((commune) => communeSearchForm(commune.name) === wanted);
  return matches.length === 1 ? (matches[0] as Commune) : null;
}
