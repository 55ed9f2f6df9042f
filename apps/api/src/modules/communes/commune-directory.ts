import { createRequire } from 'node:module';
import type { Commune } from '@capnum/contracts';

interface EtalabCommune {
  code: string;
  nom: string;
  departement?: string;
  type: string;
  codesPostaux?: string[];
  population?: number;
}

interface IndexedCommune extends Commune {
  searchName: string;
  population: number;
}

/** Lowercase, no accents, hyphens and apostrophes as spaces: "Saint-Étienne" → "saint etienne". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[-'’]/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\s+/g, ' ')
    .trim();
}

let directory: { byCode: Map<string, IndexedCommune>; all: IndexedCommune[] } | undefined;

/** The official list of current communes (Etalab), loaded once. */
function load() {
  if (!directory) {
    const require = createRequire(import.meta.url);
    const raw = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];
    const all = raw
      .filter((commune) => commune.type === 'commune-actuelle' && commune.departement)
      .map((commune) => ({
        code: commune.code,
        name: commune.nom,
        departement: commune.departement as string,
        postcodes: commune.codesPostaux ?? [],
        searchName: normaliseForSearch(commune.nom),
        population: commune.population ?? 0,
      }));
    directory = { byCode: new Map(all.map((commune) => [commune.code, commune])), all };
  }
  return directory;
}

const toCommune = ({ code, name, departement, postcodes }: IndexedCommune): Commune => ({
  code,
  name,
  departement,
  postcodes,
});

export function findCommune(code: string): Commune | undefined {
  const found = load().byCode.get(code);
  return found && toCommune(found);
}

/** By postcode prefix when digits are typed, otherwise by name (prefix first, then contains). */
export function searchCommunes(
  query: string,
  limit = 10,
  /** Only communes of these départements (a chamber's), when given. */
  within?: readonly string[],
): Commune[] {
  const all = within
    ? load().all.filter((commune) => within.includes(commune.departement))
    : load().all;
  const trimmed = query.trim();
  if (/^\d{2,5}$/.test(trimmed)) {
    return all
      .filter((commune) => commune.postcodes.some((postcode) => postcode.startsWith(trimmed)))
      .sort((a, b) => b.population - a.population)
      .slice(0, limit)
      .map(toCommune);
  }
  const needle = normaliseForSearch(trimmed);
  if (needle.length < 2) return [];
  const scored: { commune: IndexedCommune; rank: number }[] = [];
  for (const commune of all) {
    if (commune.searchName === needle) scored.push({ commune, rank: 0 });
    else if (commune.searchName.startsWith(needle)) scored.push({ commune, rank: 1 });
    else if (commune.searchName.includes(needle)) scored.push({ commune, rank: 2 });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || b.commune.population - a.commune.population)
    .slice(0, limit)
    .map(({ commune }) => toCommune(commune));
}

/** The most populated communes of a département (demo data, tests). */
export function largestCommunesOf(departement: string, count: number): Commune[] {
  return load()
    .all.filter((commune) => commune.departement === departement)
    .sort((a, b) => b.population - a.population)
    .slice(0, count)
    .map(toCommune);
}
