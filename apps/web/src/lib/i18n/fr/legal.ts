/** The public legal pages: privacy policy, legal notice, accessibility statement (lazily loaded). */

export interface LegalSection {
  heading: string;
  paragraphs: readonly string[];
}

export interface LegalPage {
  title: string;
  updated: string;
  sections: readonly LegalSection[];
}

const privacy: LegalPage = {
  title: 'Politique de confidentialité',
  updated: 'Mise à jour le 3 décembre 2026.',
  sections: [
    {
      heading: 'Qui est responsable de vos données',
      paragraphs: [
        'Cap Numérique est un service de votre Chambre de métiers et de l’artisanat (CMA). La chambre à laquelle votre entreprise est rattachée est responsable du traitement de vos données. Vous pouvez joindre son délégué à la protection des données (DPO) à l’adresse indiquée dans les mentions légales.',
      ],
    },
    {
      heading: 'Ce que nous gardons, et pourquoi',
      paragraphs: [
        'Votre compte : adresse e-mail, mot de passe (chiffré, jamais lisible), dates de création et de dernière connexion. Pour vous connecter et vous écrire au sujet de votre compte.',
        'Votre entreprise : nom, SIRET, métier, secteur, commune, nombre de salariés, site internet. Pour vous proposer les ateliers du van près de chez vous et établir les statistiques de la chambre.',
        'Vos autodiagnostics : vos réponses, vos scores et vos recommandations. Pour vous donner votre profil et suivre vos progrès.',
        'Vos inscriptions aux ateliers et votre présence. Pour réserver votre place et organiser les journées du van.',
        'Vos choix de partage avec les conseillers, et le journal de leurs consultations. Pour que vous gardiez la main sur ce qui est partagé.',
        'Les notes des conseillers sur votre entreprise, si vous avez accepté le partage. Pour préparer leurs visites.',
      ],
    },
    {
      heading: 'Qui les voit',
      paragraphs: [
        'Vous, toujours. Les conseillers de votre chambre, seulement si vous l’acceptez, et chaque consultation est notée dans votre journal. L’équipe de la chambre voit les inscrits aux ateliers qu’elle organise. Les statistiques remises aux financeurs (Région, État, partenaires du van) ne montrent jamais un groupe de moins de 5 artisans. Aucune donnée n’est vendue ni cédée.',
      ],
    },
    {
      heading: 'Combien de temps',
      paragraphs: [
        'Tant que vous utilisez le service. Après 36 mois sans connexion, votre compte est anonymisé : nous vous prévenons par e-mail un mois avant. Vous pouvez aussi supprimer votre compte à tout moment depuis « Mon compte ». Dans les deux cas, seuls restent des chiffres anonymes (département, secteur, taille, mois, scores) qui ne permettent plus de vous retrouver.',
      ],
    },
    {
      heading: 'Vos droits, et comment les exercer',
      paragraphs: [
        'Droit d’accès et de portabilité : « Mon compte » › « Mes données » affiche tout ce que nous gardons et le télécharge dans un fichier.',
        'Droit de rectification : modifiez votre entreprise dans « Mon compte » ; pour le SIRET ou la commune, écrivez à votre chambre.',
        'Droit d’effacement : « Mon compte » › « Supprimer mon compte ».',
        'Droit d’opposition au partage : retirez votre accord dans « Mon compte », il prend effet immédiatement.',
        'Pour toute autre demande, écrivez au délégué à la protection des données de votre chambre. Si vous estimez que vos droits ne sont pas respectés, vous pouvez saisir la CNIL (www.cnil.fr).',
      ],
    },
    {
      heading: 'Cookies',
      paragraphs: [
        'Un seul cookie, indispensable : il garde votre session ouverte. Aucun cookie de mesure d’audience ni de publicité.',
      ],
    },
  ],
};

const legalNotice: LegalPage = {
  title: 'Mentions légales',
  updated: 'Mise à jour le 3 décembre 2026.',
  sections: [
    {
      heading: 'Éditeur',
      paragraphs: [
        'Cap Numérique est édité pour le réseau des Chambres de métiers et de l’artisanat, établissements publics administratifs de l’État. Chaque chambre qui propose le service en est l’éditeur pour ses membres ; son adresse, son directeur de la publication et son délégué à la protection des données figurent sur son site.',
      ],
    },
    {
      heading: 'Hébergement',
      paragraphs: [
        'Le service est hébergé en France, sur les serveurs choisis par la chambre qui l’exploite. Les données ne quittent pas l’Union européenne.',
      ],
    },
    {
      heading: 'Propriété intellectuelle',
      paragraphs: [
        'Les textes du questionnaire et des recommandations appartiennent au réseau des CMA. Votre profil et vos données vous appartiennent.',
      ],
    },
  ],
};

const accessibility: LegalPage = {
  title: 'Déclaration d’accessibilité',
  updated: 'Établie le 3 décembre 2026.',
  sections: [
    {
      heading: 'Engagement',
      paragraphs: [
        'Les Chambres de métiers et de l’artisanat s’engagent à rendre Cap Numérique accessible, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration s’applique au site Cap Numérique.',
      ],
    },
    {
      heading: 'État de conformité',
      paragraphs: [
        'Cap Numérique est partiellement conforme au référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1. Les pages sont contrôlées automatiquement (axe) à chaque modification ; un audit complet par un organisme indépendant reste à faire.',
      ],
    },
    {
      heading: 'Non-conformités connues',
      paragraphs: [
        'La carte des départements de la page des statistiques de l’équipe se lit à la souris ; le tableau placé sous la carte donne les mêmes chiffres au clavier et aux lecteurs d’écran.',
        'Les fichiers Excel exportés n’ont pas de description des tableaux pour les lecteurs d’écran.',
      ],
    },
    {
      heading: 'Établissement de cette déclaration',
      paragraphs: [
        'Technologies utilisées : HTML, CSS, JavaScript (React). Tests : Chromium avec axe-core, navigation au clavier, affichage sur téléphone.',
      ],
    },
    {
      heading: 'Retour d’information et contact',
      paragraphs: [
        'Si vous n’arrivez pas à accéder à un contenu ou à un service, écrivez à votre chambre de métiers : elle vous répondra et vous proposera une autre façon d’y accéder.',
      ],
    },
    {
      heading: 'Voies de recours',
      paragraphs: [
        'Si vous avez signalé un défaut d’accessibilité sans obtenir de réponse satisfaisante, vous pouvez écrire au Défenseur des droits (formulaire en ligne sur www.defenseurdesdroits.fr), contacter son délégué dans votre région, ou lui écrire gratuitement, sans timbre : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
      ],
    },
  ],
};

export const legalFr = { privacy, legalNotice, accessibility };
export type LegalCatalogue = typeof legalFr;
