/** The commune search field, shared by the sign-up page and the staff's stop form. */
export const communeSearchFr = {
  label: 'Commune de l’entreprise',
  hint: 'Tapez le nom de la commune ou son code postal, puis choisissez-la dans la liste.',
  typeMore: 'Tapez au moins 2 caractères.',
  searching: 'Recherche en cours…',
  results: (count: number) =>
    count === 1
      ? '1 commune trouvée. Utilisez les flèches haut et bas pour la choisir, puis Entrée.'
      : `${count} communes trouvées. Utilisez les flèches haut et bas pour choisir, puis Entrée.`,
  noResult: 'Aucune commune trouvée. Vérifiez l’orthographe ou essayez le code postal.',
  optionLabel: (name: string, postcodes: readonly string[]) => {
    if (postcodes.length === 0) return name;
    const shown = postcodes.slice(0, 3).join(', ');
    return `${name} (${shown}${postcodes.length > 3 ? ', …' : ''})`;
  },
  departement: (code: string) => `Département ${code}`,
  chosen: (label: string, departement: string) =>
    `Commune choisie : ${label}, département ${departement}.`,
};

export type CommuneSearchCatalogue = typeof communeSearchFr;
