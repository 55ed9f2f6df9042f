import { describe, expect, it } from 'vitest';
import {
  AnswerSchema,
  AnswersSchema,
  missingQuestionIds,
  progress,
  type Question,
  type QuestionnaireInput,
  QuestionnaireSchema,
  themeKeys,
  themeLabels,
  validateAnswer,
} from './questionnaire.ts';
import { questionnaireV2 } from './questionnaire-v2.ts';

function question(id: string, theme: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    theme,
    type: 'single',
    label: `Question ${id}`,
    options: [
      { id: `${id}-no`, label: 'Non', points: 0 },
      { id: `${id}-yes`, label: 'Oui', points: 1 },
    ],
    ...extra,
  };
}

function validInput(): QuestionnaireInput {
  return {
    version: 1,
    title: 'Questionnaire',
    themes: themeKeys.map((key) => ({
      key,
      label: themeLabels[key],
      intro: 'Introduction',
      questions: [question(`${key}-1`, key), question(`${key}-2`, key)],
    })),
  } as QuestionnaireInput;
}

/** Applies a change to a fresh valid questionnaire and returns the schema's messages. */
function issuesAfter(
  change: (input: { themes: { questions: Record<string, unknown>[] }[] }) => void,
) {
  const input = JSON.parse(JSON.stringify(validInput())) as {
    themes: { questions: Record<string, unknown>[] }[];
  };
  change(input);
  const result = QuestionnaireSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

const multi: Question = {
  id: 'networks',
  theme: 'social',
  type: 'multi',
  label: 'Réseaux',
  weight: 1,
  allowNotApplicable: false,
  options: [
    { id: 'facebook', label: 'Facebook', points: 1 },
    { id: 'instagram', label: 'Instagram', points: 1 },
    { id: 'none', label: 'Aucun', points: 0, exclusive: true },
  ],
};

const single: Question = {
  id: 'website',
  theme: 'visibility',
  type: 'single',
  label: 'Site',
  weight: 1,
  allowNotApplicable: false,
  options: [
    { id: 'no', label: 'Non', points: 0 },
    { id: 'yes', label: 'Oui', points: 1 },
  ],
};

describe('themes', () => {
  it('lists the four themes in their fixed order with their French labels', () => {
    expect(themeKeys).toEqual(['visibility', 'referencing', 'content', 'social']);
    expect(themeLabels).toEqual({
      visibility: 'Comprendre la visibilité',
      referencing: 'Le référencement',
      content: 'Valoriser la création de contenu',
      social: 'L’utilisation des réseaux sociaux',
    });
  });
});

describe('QuestionnaireSchema', () => {
  it('accepts a valid questionnaire and fills in the defaults', () => {
    const parsed = QuestionnaireSchema.parse(validInput());
    expect(parsed.themes[0]?.questions[0]).toMatchObject({ weight: 1, allowNotApplicable: false });
  });

  it('wants the four themes exactly once, in order', () => {
    const message =
      'Les thèmes doivent être exactement, dans cet ordre : visibility, referencing, content, social.';
    expect(issuesAfter((input) => input.themes.reverse())).toContain(message);
    expect(issuesAfter((input) => input.themes.pop())).toEqual([message]);
    expect(
      issuesAfter((input) => {
        const first = input.themes[0];
        if (first) input.themes.push(first);
      }),
    ).toContain(message);
  });

  it('refuses a question id used twice, even across themes', () => {
    expect(
      issuesAfter((input) => {
        const copied = input.themes[0]?.questions[0];
        input.themes[1]?.questions.push({ ...copied, theme: 'referencing' });
      }),
    ).toEqual(['Identifiant de question en double : visibility-1']);
  });

  it('refuses an option id used twice in a question', () => {
    expect(
      issuesAfter((input) => {
        const target = input.themes[0]?.questions[0];
        if (target) {
          target.options = [
            { id: 'same', label: 'A', points: 0 },
            { id: 'same', label: 'B', points: 1 },
          ];
        }
      }),
    ).toEqual(['Identifiant de réponse en double : same']);
  });

  it('wants at least one question without "Non concerné" in each theme', () => {
    expect(
      issuesAfter((input) => {
        for (const target of input.themes[2]?.questions ?? []) target.allowNotApplicable = true;
      }),
    ).toEqual([
      'Chaque thème doit avoir au moins une question toujours posée et sans « Non concerné ».',
    ]);
  });

  it('wants two options for a single question and points somewhere in every question', () => {
    expect(
      issuesAfter((input) => {
        const target = input.themes[0]?.questions[0];
        if (target) target.options = [{ id: 'only', label: 'Seule', points: 1 }];
      }),
    ).toEqual(['Une question à choix unique doit proposer au moins deux réponses.']);
    expect(
      issuesAfter((input) => {
        const target = input.themes[0]?.questions[0];
        if (target) {
          target.options = [
            { id: 'a', label: 'A', points: 0 },
            { id: 'b', label: 'B', points: 0 },
          ];
        }
      }),
    ).toEqual(['Au moins une réponse doit rapporter des points.']);
  });

  it('keeps max and exclusive options to multi questions, and max within reach', () => {
    expect(
      issuesAfter((input) => {
        const target = input.themes[0]?.questions[0];
        if (target) target.max = 1;
      }),
    ).toEqual(['Un plafond de points ne s’applique qu’aux questions à choix multiples.']);
    expect(
      issuesAfter((input) => {
        const target = input.themes[0]?.questions[0];
        if (target)
          target.options = [
            ...(target.options as object[]),
            { id: 'none', label: 'Aucun', points: 0, exclusive: true },
          ];
      }),
    ).toEqual(['Seule une question à choix multiples peut avoir une réponse exclusive.']);
    expect(
      issuesAfter((input) => {
        const target = input.themes[0]?.questions[0];
        if (target) {
          target.type = 'multi';
          target.max = 2;
        }
      }),
    ).toEqual(['Le plafond dépasse le total des points des réponses.']);
  });

  it('refuses negative points, a zero weight, a question filed under another theme and unknown fields', () => {
    const set = (key: string, value: unknown) =>
      issuesAfter((input) => {
        const target = input.themes[0]?.questions[0];
        if (target) target[key] = value;
      });
    expect(
      issuesAfter((input) => {
        const target = input.themes[0]?.questions[0];
        if (target)
          target.options = [
            { id: 'a', label: 'A', points: -1 },
            { id: 'b', label: 'B', points: 1 },
          ];
      }),
    ).toHaveLength(1);
    expect(set('weight', 0)).toHaveLength(1);
    expect(set('theme', 'social')).toEqual([
      'La question visibility-1 est rangée dans le thème visibility.',
    ]);
    expect(set('colour', 'bleu')).toHaveLength(1);
  });
});

describe('AnswerSchema', () => {
  it('accepts the four answer shapes', () => {
    for (const answer of [
      { choice: 'a' },
      { choices: ['a', 'b'] },
      { unknown: true },
      { notApplicable: true },
    ]) {
      expect(AnswerSchema.parse(answer)).toEqual(answer);
    }
  });

  it('refuses empty or repeated choices, extra fields and false flags', () => {
    for (const answer of [
      { choices: [] },
      { choices: ['a', 'a'] },
      { choice: 'a', choices: ['a'] },
      { choice: '' },
      { unknown: false },
      { notApplicable: 'oui' },
      {},
      null,
      'a',
    ]) {
      expect(AnswerSchema.safeParse(answer).success).toBe(false);
    }
  });

  it('reads a whole set of answers keyed by question id', () => {
    expect(AnswersSchema.parse({ website: { choice: 'yes' } })).toEqual({
      website: { choice: 'yes' },
    });
  });
});

describe('validateAnswer', () => {
  it('accepts valid answers', () => {
    expect(validateAnswer(single, { choice: 'yes' })).toBeNull();
    expect(validateAnswer(single, { unknown: true })).toBeNull();
    expect(validateAnswer(multi, { choices: ['facebook', 'instagram'] })).toBeNull();
    expect(validateAnswer(multi, { choices: ['none'] })).toBeNull();
    expect(validateAnswer({ ...single, allowNotApplicable: true }, { notApplicable: true })).toBe(
      null,
    );
  });

  it('explains in French what is wrong', () => {
    expect(validateAnswer(single, { choices: ['yes'] })).toBe(
      'Choisissez une seule réponse pour cette question.',
    );
    expect(validateAnswer(single, { choice: 'maybe' })).toBe(
      'La réponse « maybe » n’existe pas pour cette question.',
    );
    expect(validateAnswer(multi, { choice: 'facebook' })).toBe(
      'Cochez une ou plusieurs réponses pour cette question.',
    );
    expect(validateAnswer(multi, { choices: ['facebook', 'tiktok'] })).toBe(
      'La réponse « tiktok » n’existe pas pour cette question.',
    );
    expect(validateAnswer(multi, { choices: ['facebook', 'none'] })).toBe(
      'La réponse « Aucun » ne peut pas être cochée avec une autre.',
    );
    expect(validateAnswer(single, { notApplicable: true })).toBe(
      'La réponse « Non concerné » n’est pas possible pour cette question.',
    );
    expect(validateAnswer(single, { choice: 'yes', extra: 1 })).toBe(
      'Cette réponse n’a pas un format reconnu.',
    );
    expect(validateAnswer(single, undefined)).toBe('Cette réponse n’a pas un format reconnu.');
  });
});

describe('missingQuestionIds and progress', () => {
  const questionnaire = QuestionnaireSchema.parse(validInput());

  it('lists unanswered and invalid questions in questionnaire order', () => {
    const answers = {
      'social-2': { choice: 'social-2-yes' },
      'visibility-2': { choice: 'nope' },
      'visibility-1': { unknown: true },
      'referencing-1': { choice: 'referencing-1-no' },
      'referencing-2': { choice: 'referencing-2-yes' },
      'content-1': { choice: 'content-1-yes' },
      'content-2': { notApplicable: true },
      unrelated: { choice: 'x' },
    };
    expect(missingQuestionIds(questionnaire, answers)).toEqual([
      'visibility-2',
      'content-2',
      'social-1',
    ]);
    expect(progress(questionnaire, answers)).toEqual({
      answered: 5,
      total: 8,
      firstUnansweredId: 'visibility-2',
    });
  });

  it('reports a complete questionnaire', () => {
    const answers = Object.fromEntries(
      questionnaire.themes.flatMap((theme) =>
        theme.questions.map((item) => [item.id, { unknown: true }]),
      ),
    );
    expect(missingQuestionIds(questionnaire, answers)).toEqual([]);
    expect(progress(questionnaire, answers)).toEqual({
      answered: 8,
      total: 8,
      firstUnansweredId: null,
    });
    expect(progress(questionnaire, {})).toEqual({
      answered: 0,
      total: 8,
      firstUnansweredId: 'visibility-1',
    });
  });

  it('does not read answers inherited from the object prototype', () => {
    const answers = Object.create({ 'visibility-1': { unknown: true } }) as Record<string, unknown>;
    expect(missingQuestionIds(questionnaire, answers)[0]).toBe('visibility-1');
  });
});

describe('questions asked after a given answer', () => {
  it('refuses a condition on a later or unknown question, or on an option it does not have', () => {
    const base = questionnaireV2;
    const [visibility, ...rest] = base.themes;
    if (!visibility) throw new Error('no theme');
    const withCondition = (showIf: { question: string; anyOf: string[] }) =>
      QuestionnaireSchema.safeParse({
        ...base,
        themes: [
          {
            ...visibility,
            questions: visibility.questions.map((question, index) =>
              index === 1 ? { ...question, showIf } : question,
            ),
          },
          ...rest,
        ],
      });
    const messages = (result: ReturnType<typeof withCondition>) =>
      result.success ? [] : result.error.issues.map((issue) => issue.message);
    expect(
      messages(withCondition({ question: 'vis-website', anyOf: ['vis-website-none'] })),
    ).toEqual([]);
    expect(
      messages(withCondition({ question: 'vis-reviews', anyOf: ['vis-reviews-none'] })),
    ).toEqual(['La condition doit porter sur une question posée avant : vis-reviews']);
    expect(
      messages(withCondition({ question: 'vis-website', anyOf: ['vis-website-jamais'] })),
    ).toEqual(['Réponses inconnues de vis-website : vis-website-jamais']);
  });
});
