import { createRequire } from 'node:module';
import type { BenchmarkScope, EmployeeBand, Sector } from '@capnum/contracts';
import { countOf } from '../../lib/french.ts';

/** The artisan a comparison is for: the groups are cut from their own sector, size and place. */
export interface PeerProfile {
  chamberId: string;
  chamberName: string;
  sector: Sector;
  employeeBand: EmployeeBand;
  departement: string;
}

/** The columns of `artisans` each group fixes, from the most specific group to everyone. */
export const scopeFilters: Record<
  BenchmarkScope,
  readonly ('sector' | 'chamber_id' | 'departement' | 'employee_band')[]
> = {
  'sector-band-departement': ['sector', 'chamber_id', 'departement', 'employee_band'],
  'sector-departement': ['sector', 'chamber_id', 'departement'],
  'sector-chamber': ['sector', 'chamber_id'],
  sector: ['sector'],
  everyone: [],
};

const sectorWords: Record<Sector, string> = {
  alimentation: 'de l’alimentation',
  batiment: 'du bâtiment',
  fabrication: 'de la fabrication',
  services: 'des services',
};

const bandWords: Record<EmployeeBand, string> = {
  '0': 'sans salarié',
  '1-2': 'de 1 à 2 salariés',
  '3-9': 'de 3 à 9 salariés',
  '10+': 'de 10 salariés ou plus',
};

interface EtalabDepartement {
  code: string;
  nom: string;
  /** INSEE's article type: 0 and 1 none, 2 « le », 3 « la », 4 « les », 5 « l’ ». */
  typeLiaison: number;
}

let departements: Map<string, EtalabDepartement> | undefined;

/** « dans l’Yonne », « dans le Doubs », « en Saône-et-Loire »: the département as French says it. */
export function inDepartement(code: string): string {
  if (!departements) {
    const require = createRequire(import.meta.url);
    const raw =
      require('@etalab/decoupage-administratif/data/departements.json') as EtalabDepartement[];
    departements = new Map(raw.map((departement) => [departement.code, departement]));
  }
  const found = departements.get(code);
  if (!found) return `dans le département ${code}`;
  const name = found.nom.replace(/'/g, '’');
  switch (found.typeLiaison) {
    case 2:
      return `dans le ${name}`;
    case 3:
      return `dans la ${name}`;
    case 4:
      return `dans les ${name}`;
    case 5:
      return `dans l’${name}`;
    default:
      return `en ${name}`;
  }
}

/** « comparé à 37 artisans de l’alimentation de 1 à 2 salariés dans l’Yonne ». */
export function groupLabel(scope: BenchmarkScope, size: number, peer: PeerProfile): string {
  const artisans = `comparé à ${countOf(size, 'artisan')}`;
  const sector = sectorWords[peer.sector];
  switch (scope) {
    case 'sector-band-departement':
      return `${artisans} ${sector} ${bandWords[peer.employeeBand]} ${inDepartement(peer.departement)}`;
    case 'sector-departement':
      return `${artisans} ${sector} ${inDepartement(peer.departement)}`;
    case 'sector-chamber':
      return `${artisans} ${sector}, membres de la ${peer.chamberName}`;
    case 'sector':
      return `${artisans} ${sector}, toutes chambres confondues`;
    case 'everyone':
      return `${artisans}, tous secteurs et toutes chambres confondus`;
  }
}
