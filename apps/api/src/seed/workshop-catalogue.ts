import type { ThemeKey, WorkshopLevel } from '@capnum/scoring';

export interface CatalogueWorkshop {
  /** Stable key, `<theme>-<level>`, so that re-seeding finds the same workshop. */
  key: string;
  theme: ThemeKey;
  level: WorkshopLevel;
  title: string;
  description: string;
  durationMinutes: number;
}

/** The digital van's programme: each of the four themes at each of the three levels. */
export const workshopCatalogue: CatalogueWorkshop[] = [
  {
    key: 'visibility-decouverte',
    theme: 'visibility',
    level: 'decouverte',
    title: 'Être trouvé sur Google : créer sa fiche d’établissement',
    description:
      'Vous créez ou revendiquez votre fiche d’établissement Google pendant l’atelier, avec vos horaires, votre téléphone et vos premières photos. Venez avec votre téléphone et, si vous pouvez, l’adresse e-mail de votre entreprise.',
    durationMinutes: 60,
  },
  {
    key: 'visibility-approfondissement',
    theme: 'visibility',
    level: 'approfondissement',
    title: 'Avis clients et annuaires : inspirer confiance en ligne',
    description:
      'Vous apprenez à obtenir des avis de vos clients satisfaits et à répondre aux avis, y compris négatifs, sans vous énerver. Vous vérifiez aussi que votre nom, votre adresse et votre téléphone sont identiques sur votre site, votre fiche Google et les annuaires.',
    durationMinutes: 90,
  },
  {
    key: 'visibility-expert',
    theme: 'visibility',
    level: 'expert',
    title: 'Piloter sa présence en ligne avec les statistiques de sa fiche',
    description:
      'Vous lisez les statistiques de votre fiche d’établissement Google : recherches, appels, demandes d’itinéraire, photos les plus vues. Vous repartez avec un plan de publications et de réponses aux avis pour les trois prochains mois.',
    durationMinutes: 90,
  },
  {
    key: 'referencing-decouverte',
    theme: 'referencing',
    level: 'decouverte',
    title: 'Le référencement expliqué simplement',
    description:
      'Vous découvrez comment Google choisit les entreprises qu’il montre quand un client tape « votre métier + votre ville ». Vous repartez avec la liste des mots que vos clients utilisent pour vous chercher.',
    durationMinutes: 60,
  },
  {
    key: 'referencing-approfondissement',
    theme: 'referencing',
    level: 'approfondissement',
    title: 'Améliorer son site : titres, descriptions et téléphone',
    description:
      'Sur votre propre site, vous réécrivez les titres et les descriptions de vos pages avec votre métier et vos communes. Vous vérifiez qu’il s’affiche bien sur un téléphone, qu’il est sécurisé et qu’il s’ouvre vite.',
    durationMinutes: 120,
  },
  {
    key: 'referencing-expert',
    theme: 'referencing',
    level: 'expert',
    title: 'Mesurer et faire progresser ses visites avec Google Search Console',
    description:
      'Vous installez ou ouvrez Google Search Console pour voir les recherches qui mènent à votre site, votre position et le nombre de clics. Vous choisissez ensemble les pages à renforcer pour gagner des places sur vos recherches clés.',
    durationMinutes: 120,
  },
  {
    key: 'content-decouverte',
    theme: 'content',
    level: 'decouverte',
    title: 'Photographier son travail avec son téléphone',
    description:
      'Lumière, cadrage, fond dégagé : vous apprenez les gestes simples qui rendent une photo de réalisation ou de produit vraiment parlante. Vous repartez avec vos premières photos retouchées, prêtes à publier.',
    durationMinutes: 60,
  },
  {
    key: 'content-approfondissement',
    theme: 'content',
    level: 'approfondissement',
    title: 'Raconter son savoir-faire : avant / après, coulisses et histoire',
    description:
      'Vous apprenez à montrer votre métier en images et en mots : photos avant / après, gestes de l’atelier, origine de vos matériaux ou de vos produits. Vous préparez un calendrier simple pour publier régulièrement sans y passer vos soirées.',
    durationMinutes: 90,
  },
  {
    key: 'content-expert',
    theme: 'content',
    level: 'expert',
    title: 'Tourner et monter de courtes vidéos de son métier',
    description:
      'Vous filmez au téléphone une vidéo de 30 secondes sur un geste de votre métier, puis vous la montez avec une application gratuite. Vous faites aussi le point sur le droit à l’image de vos clients et des personnes filmées.',
    durationMinutes: 120,
  },
  {
    key: 'social-decouverte',
    theme: 'social',
    level: 'decouverte',
    title: 'Choisir son réseau social et créer sa page professionnelle',
    description:
      'Facebook, Instagram ou un autre : vous choisissez le réseau où se trouvent vos clients et vous créez une page professionnelle séparée de votre compte personnel. Vous la complétez avec vos coordonnées, vos horaires et une première publication.',
    durationMinutes: 60,
  },
  {
    key: 'social-approfondissement',
    theme: 'social',
    level: 'approfondissement',
    title: 'Publier régulièrement et répondre à sa communauté',
    description:
      'Vous trouvez un rythme de publication tenable pour un artisan et vous apprenez à programmer vos publications à l’avance. Vous voyez comment répondre vite et bien aux messages et aux commentaires de vos clients.',
    durationMinutes: 90,
  },
  {
    key: 'social-expert',
    theme: 'social',
    level: 'expert',
    title: 'Mesurer la portée de ses réseaux et en faire des clients',
    description:
      'Vous lisez les statistiques de votre page pour savoir quelles publications touchent le plus de monde et lesquelles amènent des demandes. Vous reliez vos réseaux à votre site et à votre fiche Google pour transformer l’intérêt en devis ou en commandes.',
    durationMinutes: 120,
  },
];
