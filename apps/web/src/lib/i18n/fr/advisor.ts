/** The advisor's area (lazily loaded). */
export const advisorFr = {
  title: 'Espace conseiller',
  chamber: (name: string) => `Vous êtes conseiller de la ${name}.`,
  upcomingTitle: 'Ce que vous pourrez faire ici',
  upcoming: [
    'Retrouver les artisans de votre secteur qui acceptent de partager leurs résultats.',
    'Avant une visite, consulter le profil d’un artisan, l’historique de ses autodiagnostics et ses inscriptions aux ateliers.',
    'Noter vos échanges et préparer une fiche de visite d’une page, à imprimer.',
  ],
};

export type AdvisorCatalogue = typeof advisorFr;
