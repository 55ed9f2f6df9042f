import { levelLabels, type MaturityLevel } from './labels.ts';
import type { ThemeKey } from './questionnaire.ts';

export { levelLabels, type MaturityLevel, maturityLevels } from './labels.ts';

/** Lowest score of each level: 1 Débutant 0–25, 2 Initié 26–50, 3 Avancé 51–75, 4 Expert 76–100. */
export const levelMinimumScores: Record<MaturityLevel, number> = { 1: 0, 2: 26, 3: 51, 4: 76 };

export function levelFor(score: number): { level: MaturityLevel; label: string } {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`Un score doit être compris entre 0 et 100 (reçu : ${score}).`);
  }
  const level: MaturityLevel =
    score >= levelMinimumScores[4]
      ? 4
      : score >= levelMinimumScores[3]
        ? 3
        : score >= levelMinimumScores[2]
          ? 2
          : 1;
  return { level, label: levelLabels[level] };
}

/** What a level means, per theme, for the cards of the results page. */
export const levelDescriptions: Record<ThemeKey, Record<MaturityLevel, string>> = {
  visibility: {
    1: 'Votre entreprise est encore difficile à trouver en ligne : quelques actions simples et gratuites changeront beaucoup de choses.',
    2: 'Les bases sont là, mais vos informations sont incomplètes ou dispersées : un client peut encore passer à côté de vous.',
    3: 'Votre entreprise est bien visible : il reste à soigner les détails, comme les avis clients et la mise à jour de vos horaires.',
    4: 'Votre entreprise est facile à trouver et inspire confiance : continuez à entretenir vos fiches et vos avis.',
  },
  referencing: {
    1: 'Les moteurs de recherche ne vous proposent presque pas aux clients qui cherchent votre métier près de chez eux.',
    2: 'Votre site existe pour Google, mais il n’utilise pas encore assez les mots que tapent vos clients.',
    3: 'Votre site est bien construit pour les moteurs de recherche : mesurez vos visites pour progresser encore.',
    4: 'Votre site est bien référencé et vous suivez ses résultats : gardez-le rapide, sécurisé et à jour.',
  },
  content: {
    1: 'Vos clients voient encore peu votre travail en ligne : des photos de vos réalisations sont le premier pas.',
    2: 'Vous montrez votre travail, mais pas assez souvent ni assez mis en valeur.',
    3: 'Vos contenus donnent une bonne image de votre savoir-faire : un rythme régulier les rendra encore plus efficaces.',
    4: 'Vos photos, vidéos et récits font vivre votre savoir-faire : c’est votre meilleure vitrine, continuez.',
  },
  social: {
    1: 'Les réseaux sociaux ne travaillent pas encore pour vous : une page professionnelle bien tenue suffit pour commencer.',
    2: 'Vous êtes présent sur les réseaux, mais de façon irrégulière : un rythme simple et des réponses rapides feront la différence.',
    3: 'Vous utilisez bien les réseaux sociaux : regardez vos statistiques pour savoir ce qui vous amène des clients.',
    4: 'Vos réseaux sociaux sont actifs et suivis : ils entretiennent le lien avec vos clients au quotidien.',
  },
};

/** What the overall level means, for the headline of the results page. */
export const overallLevelDescriptions: Record<MaturityLevel, string> = {
  1: 'Votre entreprise fait ses premiers pas en ligne : chaque thème vous propose des actions simples pour commencer.',
  2: 'Votre entreprise a une présence en ligne de base : quelques efforts réguliers la rendront bien plus efficace.',
  3: 'Votre entreprise est bien installée en ligne : concentrez-vous sur vos thèmes les plus faibles pour passer un cap.',
  4: 'Votre entreprise est très à l’aise en ligne : entretenez vos acquis et partagez votre expérience.',
};
