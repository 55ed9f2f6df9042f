export * from './csv.ts';
export * from './disclosure-audit.ts';
export * from './grouped-table.ts';
export * from './suppression.ts';
