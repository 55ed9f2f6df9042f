/**
 * Lowercase ASCII words joined by hyphens, from French text: for file names and keys.
 * "Cosne-Cours-sur-Loire" → "cosne-cours-sur-loire", "Atelier photo : les bases" →
 * "atelier-photo-les-bases". `maxLength` cuts at a word boundary's hyphen, never mid-dash.
 */
export function slugify(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
