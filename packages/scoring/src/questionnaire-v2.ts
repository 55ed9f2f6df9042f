import type { Option, Question, Questionnaire } from './questionnaire.ts';
import { questionnaireV1 } from './questionnaire-v1.ts';

// Published content: never edit a published version, publish a version 3 instead.
//
// Version 2 is version 1 with the changes below, and the same scoring rules:
// - the website questions are asked only to an artisan who said they have a website
//   (not asked, they count as "Non concerné", exactly as that answer does), so their
//   "Je n’ai pas de site internet" options go;
// - technical terms come in plain words first, the technical name in brackets;
// - "je ne m’en suis jamais occupé" (which assumed a man) becomes neutral.

/** The version 1 answers that mean "we have a website" (a page on a social network is not one). */
const HAS_WEBSITE = ['vis-website-outdated', 'vis-website-up-to-date'];

/** Asked only with a website: the seven questions that offered "Je n’ai pas de site internet". */
const WEBSITE_QUESTIONS = [
  'ref-mobile',
  'ref-https',
  'ref-page-titles',
  'ref-page-descriptions',
  'ref-service-area',
  'ref-speed',
  'ref-measure',
];

/** Texts reworded, whole, by question or option id. */
const rewordings: Record<string, Partial<Pick<Question, 'label' | 'help' | 'unknownAdvice'>>> = {
  'ref-https': {
    label:
      'Un petit cadenas s’affiche-t-il à côté de l’adresse de votre site, dans le navigateur ?',
    help: 'Le cadenas montre que les échanges avec votre site sont protégés (l’adresse commence alors par « https »). Sans lui, le navigateur affiche « Non sécurisé » et Google classe le site moins bien.',
  },
  'ref-page-descriptions': {
    help: 'Ces deux lignes (on parle de « méta-description ») donnent envie de cliquer. Sans elles, Google prend un morceau de texte au hasard dans la page.',
  },
  'ref-speed': {
    help: 'Un site lent fait partir les visiteurs et Google le classe moins bien. Google propose un outil gratuit qui mesure la vitesse d’un site (PageSpeed Insights).',
    unknownAdvice:
      'Testez la vitesse de votre site avec l’outil de mesure gratuit de Google (PageSpeed Insights) : il suffit d’y coller l’adresse de votre site.',
  },
  'ref-measure': {
    help: 'Un outil gratuit de Google montre les recherches qui mènent à votre site (Google Search Console). Un compteur de visites, souvent fourni par votre créateur de site (ou Google Analytics, Matomo), compte vos visiteurs.',
    unknownAdvice:
      'Demandez à la personne qui a créé votre site si un outil de suivi des recherches Google (Search Console) ou un compteur de visites est installé, et demandez-lui un accès.',
  },
};

const optionRewordings: Record<string, Partial<Pick<Option, 'label' | 'advice'>>> = {
  'vis-gbp-unclaimed': { label: 'Elle existe, mais personne ne s’en occupe' },
  'ref-https-no': {
    advice:
      'Demandez à votre hébergeur ou à votre prestataire d’activer le cadenas de sécurité (un « certificat HTTPS ») : il est souvent gratuit et s’active en quelques minutes.',
  },
  'ref-speed-slow': {
    advice:
      'Allégez vos photos avant de les mettre en ligne (300 Ko suffisent pour une photo de site), puis testez votre site avec l’outil de mesure gratuit de Google (PageSpeed Insights).',
  },
  'ref-speed-unmeasured': {
    advice:
      'Mesurez la vitesse de votre site avec l’outil de mesure gratuit de Google (PageSpeed Insights) et corrigez les points signalés en rouge, souvent des images trop lourdes.',
  },
  'ref-measure-search-console': {
    label: 'Avec l’outil de Google qui montre les recherches menant à mon site (Search Console)',
  },
  'ref-measure-statistics': { label: 'Avec un compteur de visites' },
  'ref-measure-none': {
    advice:
      'Installez l’outil gratuit de Google qui montre les recherches menant à votre site (Google Search Console) : vous verrez quelles recherches mènent à vous et combien de personnes cliquent.',
  },
};

function version2Of(question: Question): Question {
  const website = WEBSITE_QUESTIONS.includes(question.id);
  return {
    ...question,
    ...rewordings[question.id],
    options: question.options
      .filter((option) => !(website && option.id.endsWith('-no-website')))
      .map((option) => ({ ...option, ...optionRewordings[option.id] })),
    ...(website && { showIf: { question: 'vis-website', anyOf: HAS_WEBSITE } }),
  };
}

export const questionnaireV2: Questionnaire = {
  ...questionnaireV1,
  version: 2,
  themes: questionnaireV1.themes.map((theme) => ({
    ...theme,
    questions: theme.questions.map(version2Of),
  })),
};
