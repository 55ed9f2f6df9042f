import { describe, expect, it } from 'vitest';
import { slugify } from './slug.ts';

describe('slugify', () => {
  it('makes ASCII words of French text', () => {
    expect(slugify('Cosne-Cours-sur-Loire')).toBe('cosne-cours-sur-loire');
    expect(slugify('Besançon')).toBe('besancon');
    expect(slugify('L’Isle-sur-le-Doubs')).toBe('l-isle-sur-le-doubs');
    expect(slugify('  Atelier photo : les bases !  ')).toBe('atelier-photo-les-bases');
    expect(slugify('«  »')).toBe('');
  });

  it('cuts to a length without leaving a hyphen at the end', () => {
    expect(slugify('Réseaux sociaux : publier', 15)).toBe('reseaux-sociaux');
    expect(slugify('Réseaux sociaux : publier', 16)).toBe('reseaux-sociaux');
    expect(slugify('CMA Bourgogne-Franche-Comté', 60)).toBe('cma-bourgogne-franche-comte');
  });
});
