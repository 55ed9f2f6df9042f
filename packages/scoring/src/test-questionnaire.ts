import type { Answers, Question, Questionnaire } from './questionnaire.ts';
import { QuestionnaireSchema } from './questionnaire.ts';

// A small hand-made questionnaire whose scores are worked out by hand in the tests.

export function single(
  id: string,
  theme: Question['theme'],
  points: number[],
  extra: Partial<Question> = {},
): Question {
  return {
    id,
    theme,
    type: 'single',
    label: id,
    weight: 1,
    allowNotApplicable: false,
    options: points.map((value, index) => ({
      id: `${id}-${index}`,
      label: `${id} ${index}`,
      points: value,
    })),
    ...extra,
  };
}

/** Small questionnaire whose expected scores are worked out by hand below. */
export const fixture: Questionnaire = QuestionnaireSchema.parse({
  version: 7,
  title: 'Questionnaire d’exemple',
  themes: [
    {
      key: 'visibility',
      label: 'Visibilité',
      intro: 'Intro',
      questions: [
        {
          ...single('v1', 'visibility', [], { weight: 2, unknownAdvice: 'Vérifiez v1.' }),
          options: [
            { id: 'v1-none', label: 'Rien', points: 0, advice: 'Commencez v1.' },
            { id: 'v1-some', label: 'Un peu', points: 1, advice: 'Continuez v1.' },
            { id: 'v1-full', label: 'Tout', points: 3 },
          ],
        },
        {
          ...single('v2', 'visibility', []),
          type: 'multi',
          max: 4,
          options: [
            { id: 'v2-a', label: 'A', points: 2 },
            { id: 'v2-b', label: 'B', points: 2 },
            { id: 'v2-c', label: 'C', points: 2 },
            { id: 'v2-none', label: 'Aucun', points: 0, exclusive: true, advice: 'Ajoutez v2.' },
          ],
        },
        {
          ...single('v3', 'visibility', [], { allowNotApplicable: true }),
          options: [
            { id: 'v3-no', label: 'Non', points: 0, advice: 'Faites v3.' },
            { id: 'v3-yes', label: 'Oui', points: 1 },
          ],
        },
      ],
    },
    {
      key: 'referencing',
      label: 'Référencement',
      intro: 'Intro',
      questions: [
        {
          ...single('r1', 'referencing', [], { unknownAdvice: 'Vérifiez r1.' }),
          options: [
            { id: 'r1-no', label: 'Non', points: 0, advice: 'Faites r1.' },
            { id: 'r1-yes', label: 'Oui', points: 1 },
          ],
        },
        single('r2', 'referencing', [0, 2]),
      ],
    },
    {
      key: 'content',
      label: 'Contenu',
      intro: 'Intro',
      questions: [
        {
          ...single('c1', 'content', []),
          options: [
            { id: 'c1-0', label: '0', points: 0, advice: 'Commencez c1.' },
            { id: 'c1-1', label: '1', points: 1, advice: 'Continuez c1.' },
            { id: 'c1-2', label: '2', points: 2 },
            { id: 'c1-4', label: '4', points: 4 },
          ],
        },
        single('c2', 'content', [0, 1]),
      ],
    },
    {
      key: 'social',
      label: 'Réseaux',
      intro: 'Intro',
      questions: [
        {
          ...single('s1', 'social', []),
          options: [
            { id: 's1-no', label: 'Non', points: 0, advice: 'Faites s1.' },
            { id: 's1-yes', label: 'Oui', points: 1 },
          ],
        },
        {
          ...single('s2', 'social', [], { weight: 2 }),
          type: 'multi',
          options: [
            { id: 's2-a', label: 'A', points: 1 },
            { id: 's2-none', label: 'Aucun', points: 0, exclusive: true, advice: 'Ajoutez s2.' },
          ],
        },
      ],
    },
  ],
});

export const fixtureAnswers: Answers = {
  v1: { choice: 'v1-some' },
  v2: { choices: ['v2-c', 'v2-a', 'v2-b'] },
  v3: { notApplicable: true },
  r1: { unknown: true },
  r2: { choice: 'r2-1' },
  c1: { choice: 'c1-1' },
  c2: { choice: 'c2-1' },
  s1: { choice: 's1-no' },
  s2: { choices: ['s2-none'] },
};

export function findQuestion(questionnaire: Questionnaire, id: string): Question {
  const question = questionnaire.themes
    .flatMap((theme) => theme.questions)
    .find((candidate) => candidate.id === id);
  if (!question) throw new Error(`question ${id} absente`);
  return question;
}
