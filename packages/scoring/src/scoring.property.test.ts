import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Answers, Question, Questionnaire } from './questionnaire.ts';
import { QuestionnaireSchema, themeKeys } from './questionnaire.ts';
import { questionnaireV1 } from './questionnaire-v1.ts';
import { computeProfile, questionScore } from './scoring.ts';
import {
  answeredQuestionnaireArbitrary,
  answersArbitrary,
  questionnaireArbitrary,
  realAnswerArbitrary,
} from './test-arbitraries.ts';

/** Random questionnaires and random answers to the published questionnaire. */
const scenarios = fc.oneof(
  answeredQuestionnaireArbitrary,
  answersArbitrary(questionnaireV1).map((answers) => ({
    questionnaire: questionnaireV1,
    answers,
  })),
);

function questionsOf(questionnaire: Questionnaire): Question[] {
  return questionnaire.themes.flatMap((theme) => theme.questions);
}

/** A scenario and one of its questions. */
const scenarioWithQuestion = scenarios.chain((scenario) =>
  fc.record({
    scenario: fc.constant(scenario),
    question: fc.constantFrom(...questionsOf(scenario.questionnaire)),
  }),
);

/** The DESIGN bands, written out again so that a drift in levels.ts shows. */
function expectedLevel(score: number): number {
  return score <= 25 ? 1 : score <= 50 ? 2 : score <= 75 ? 3 : 4;
}

function themeScoreOf(questionnaire: Questionnaire, answers: Answers, question: Question) {
  const theme = computeProfile(questionnaire, answers).themes.find(
    (candidate) => candidate.key === question.theme,
  );
  if (!theme) throw new Error(`thème ${question.theme} absent du profil`);
  return theme.score;
}

/** The score of the question's theme once the question is answered `answer`. */
function themeScoreWith(
  questionnaire: Questionnaire,
  answers: Answers,
  question: Question,
  answer: Answer,
) {
  return themeScoreOf(questionnaire, { ...answers, [question.id]: answer }, question);
}

/** Answers that score at least as well as `answer` on `question`, by the rules' own moves. */
function improvements(question: Question, answer: Answer): Answer[] {
  const pointsOf = (id: string) => question.options.find((option) => option.id === id)?.points ?? 0;
  if ('unknown' in answer) {
    // Any real answer is at least as good as "Je ne sais pas".
    return question.type === 'single'
      ? question.options.map((option) => ({ choice: option.id }))
      : question.options.map((option) => ({ choices: [option.id] }));
  }
  if ('choice' in answer) {
    return question.options
      .filter((option) => option.points > pointsOf(answer.choice))
      .map((option) => ({ choice: option.id }));
  }
  if ('choices' in answer) {
    const ticked = new Set(answer.choices);
    const exclusiveTicked = question.options.some(
      (option) => option.exclusive && ticked.has(option.id),
    );
    if (exclusiveTicked) return [];
    return question.options
      .filter((option) => !option.exclusive && !ticked.has(option.id))
      .map((option) => ({ choices: [...answer.choices, option.id] }));
  }
  return [];
}

describe('scoring properties', () => {
  it('generates questionnaires that the schema accepts', () => {
    fc.assert(
      fc.property(questionnaireArbitrary, (questionnaire) => {
        expect(QuestionnaireSchema.safeParse(questionnaire).success).toBe(true);
      }),
    );
  });

  it('gives integer scores between 0 and 100, and the matching level', () => {
    fc.assert(
      fc.property(scenarios, ({ questionnaire, answers }) => {
        const profile = computeProfile(questionnaire, answers);
        const scores = [profile.overall.score, ...profile.themes.map((theme) => theme.score)];
        for (const score of scores) {
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        expect(profile.overall.level).toBe(expectedLevel(profile.overall.score));
        for (const theme of profile.themes) {
          expect(theme.level).toBe(expectedLevel(theme.score));
        }
        expect(profile.themes.map((theme) => theme.key)).toEqual([...themeKeys]);
        const mean = profile.themes.reduce((total, theme) => total + theme.score, 0) / 4;
        expect(Math.abs(profile.overall.score - mean)).toBeLessThanOrEqual(0.5);
      }),
    );
  });

  it('never lowers a theme score when an answer improves', () => {
    fc.assert(
      fc.property(scenarioWithQuestion, ({ scenario: { questionnaire, answers }, question }) => {
        const answer = answers[question.id];
        if (!answer) throw new Error(`réponse ${question.id} absente`);
        const before = themeScoreOf(questionnaire, answers, question);
        for (const better of improvements(question, answer)) {
          expect(themeScoreWith(questionnaire, answers, question, better)).toBeGreaterThanOrEqual(
            before,
          );
        }
      }),
    );
  });

  it('never scores "Je ne sais pas" above the worst real answer', () => {
    fc.assert(
      fc.property(
        questionnaireArbitrary
          .chain((questionnaire) => fc.constantFrom(...questionsOf(questionnaire)))
          .chain((question) =>
            fc.record({ question: fc.constant(question), real: realAnswerArbitrary(question) }),
          ),
        ({ question, real }) => {
          const unknownScore = questionScore(question, { unknown: true });
          const realScore = questionScore(question, real);
          expect(unknownScore).toBe(0);
          expect(realScore).not.toBeNull();
          expect(unknownScore).toBeLessThanOrEqual(realScore ?? 0);
        },
      ),
    );
  });

  it('scores a theme with "Je ne sais pas" no higher than with the worst option', () => {
    fc.assert(
      fc.property(scenarioWithQuestion, ({ scenario: { questionnaire, answers }, question }) => {
        const lowest = Math.min(...question.options.map((option) => option.points));
        const worstOption = question.options.find((option) => option.points === lowest);
        if (!worstOption) throw new Error(`question ${question.id} sans réponse`);
        const worst: Answer =
          question.type === 'single' ? { choice: worstOption.id } : { choices: [worstOption.id] };
        expect(
          themeScoreWith(questionnaire, answers, question, { unknown: true }),
        ).toBeLessThanOrEqual(themeScoreWith(questionnaire, answers, question, worst));
      }),
    );
  });

  it('computes a "Non concerné" theme as if the question did not exist', () => {
    fc.assert(
      fc.property(scenarioWithQuestion, ({ scenario: { questionnaire, answers }, question }) => {
        const allowing: Questionnaire = {
          ...questionnaire,
          themes: questionnaire.themes.map((theme) => ({
            ...theme,
            questions: theme.questions.map((candidate) =>
              candidate.id === question.id ? { ...candidate, allowNotApplicable: true } : candidate,
            ),
          })),
        };
        const without: Questionnaire = {
          ...questionnaire,
          themes: questionnaire.themes.map((theme) => ({
            ...theme,
            questions: theme.questions.filter((candidate) => candidate.id !== question.id),
          })),
        };
        const { [question.id]: _removed, ...otherAnswers } = answers;
        const notApplicable = themeScoreWith(allowing, answers, question, {
          notApplicable: true,
        });
        expect(notApplicable).toBe(themeScoreOf(without, otherAnswers, question));
      }),
    );
  });

  it('is deterministic, whatever the order of the answers', () => {
    fc.assert(
      fc.property(
        scenarios.chain((scenario) =>
          fc.record({
            scenario: fc.constant(scenario),
            order: fc.shuffledSubarray(Object.keys(scenario.answers), {
              minLength: Object.keys(scenario.answers).length,
            }),
          }),
        ),
        ({ scenario: { questionnaire, answers }, order }) => {
          const reordered = Object.fromEntries(order.map((id) => [id, answers[id]])) as Answers;
          const first = computeProfile(questionnaire, answers);
          expect(computeProfile(questionnaire, answers)).toEqual(first);
          expect(computeProfile(questionnaire, reordered)).toEqual(first);
        },
      ),
    );
  });

  it('keeps priorities below Expert, weakest first, with at most three actions each', () => {
    fc.assert(
      fc.property(scenarios, ({ questionnaire, answers }) => {
        const profile = computeProfile(questionnaire, answers);
        const scoreOf = new Map(profile.themes.map((theme) => [theme.key, theme.score]));
        const expected = profile.themes
          .filter((theme) => theme.score < 76)
          .map((theme) => theme.key)
          .sort(
            (left, right) =>
              (scoreOf.get(left) ?? 0) - (scoreOf.get(right) ?? 0) ||
              themeKeys.indexOf(left) - themeKeys.indexOf(right),
          );
        expect(profile.priorities).toEqual(expected);
        for (const key of themeKeys) {
          const texts = profile.actions
            .filter((action) => action.theme === key)
            .map((action) => action.text);
          expect(texts.length).toBeLessThanOrEqual(profile.priorities.includes(key) ? 3 : 0);
          expect(new Set(texts).size).toBe(texts.length);
        }
      }),
    );
  });
});
