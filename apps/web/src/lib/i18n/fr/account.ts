/** The artisan's "Mon compte" page (lazily loaded). */
export const accountFr = {
  title: 'Mon compte',
  loading: 'Chargement…',
  retry: 'Réessayer',
  sharing: {
    title: 'Partage avec les conseillers de la chambre',
    explanation:
      'Si vous l’acceptez, les conseillers de votre Chambre de métiers et de l’artisanat voient vos résultats, vos réponses et vos inscriptions aux ateliers, pour préparer une visite ou une journée du van. Vous pouvez retirer votre accord à tout moment : il prend effet immédiatement.',
    label: 'J’accepte que les conseillers de ma chambre consultent mon autodiagnostic',
    textVersion: (version: string) => `Texte de consentement, version ${version}.`,
    save: 'Enregistrer mon choix',
    saving: 'Enregistrement…',
    granted:
      'Votre accord est enregistré : les conseillers de votre chambre peuvent consulter votre autodiagnostic.',
    withdrawn: 'Votre accord est retiré : les conseillers ne voient plus votre autodiagnostic.',
    historyTitle: 'Historique de vos choix',
    historyEmpty: 'Vous n’avez encore rien choisi.',
    historyItem: (granted: boolean, date: string) =>
      `${granted ? 'Accord donné' : 'Accord retiré'} le ${date}`,
  },
  log: {
    title: 'Qui a consulté mes données',
    intro: 'Chaque consultation de votre dossier par la chambre est notée ici.',
    empty: 'Personne n’a consulté votre dossier.',
  },
};

export type AccountCatalogue = typeof accountFr;
