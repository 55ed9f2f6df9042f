import { describe, expect, it } from 'vitest';
import {
  type Answers,
  askedQuestions,
  listQuestions,
  missingQuestionIds,
  type Question,
  type Questionnaire,
  QuestionnaireSchema,
} from './questionnaire.ts';
import { questionnaireV1 } from './questionnaire-v1.ts';
import { questionnaireV2 } from './questionnaire-v2.ts';
import { computeProfile } from './scoring.ts';

const websiteQuestions = [
  'ref-mobile',
  'ref-https',
  'ref-page-titles',
  'ref-page-descriptions',
  'ref-service-area',
  'ref-speed',
  'ref-measure',
];

/** Every question answered with its first real option (the website one as given). */
function answersWith(questionnaire: Questionnaire, website: string): Answers {
  const answers: Answers = {};
  for (const question of listQuestions(questionnaire)) {
    const option =
      question.options.find((candidate) => !candidate.exclusive) ?? question.options[0];
    answers[question.id] =
      question.type === 'single' ? { choice: option?.id ?? '' } : { choices: [option?.id ?? ''] };
  }
  answers['vis-website'] = { choice: website };
  return answers;
}

describe('questionnaire version 2', () => {
  it('is a valid questionnaire, and version 1 is left as published', () => {
    expect(QuestionnaireSchema.parse(questionnaireV2).version).toBe(2);
    expect(questionnaireV1.version).toBe(1);
    expect(
      listQuestions(questionnaireV1).filter((question) =>
        question.options.some((option) => option.id.endsWith('-no-website')),
      ),
    ).toHaveLength(7);
    expect(listQuestions(questionnaireV2).map((question) => question.id)).toEqual(
      listQuestions(questionnaireV1).map((question) => question.id),
    );
  });

  it('never asks about a website to an artisan who said they have none', () => {
    for (const website of ['vis-website-none', 'vis-website-page-only']) {
      const answers = answersWith(questionnaireV2, website);
      for (const id of websiteQuestions) delete answers[id];
      const asked = askedQuestions(questionnaireV2, answers).map((question) => question.id);
      expect(asked.filter((id) => websiteQuestions.includes(id))).toEqual([]);
      expect(missingQuestionIds(questionnaireV2, answers)).toEqual([]);
    }
    const withSite = answersWith(questionnaireV2, 'vis-website-outdated');
    expect(
      askedQuestions(questionnaireV2, withSite)
        .map((question) => question.id)
        .filter((id) => websiteQuestions.includes(id)),
    ).toEqual(websiteQuestions);
    // Nothing about a website is offered as an answer any more.
    const options = listQuestions(questionnaireV2).flatMap((question) => question.options);
    expect(options.filter((option) => option.id.endsWith('-no-website'))).toEqual([]);
  });

  it('scores a question not asked exactly as a "Non concerné" answer', () => {
    const answers = answersWith(questionnaireV2, 'vis-website-none');
    // The same questionnaire without conditions, those questions answered "Non concerné".
    const unconditional: Questionnaire = {
      ...questionnaireV2,
      themes: questionnaireV2.themes.map((theme) => ({
        ...theme,
        questions: theme.questions.map(
          ({ showIf: _condition, ...question }): Question => ({
            ...question,
            allowNotApplicable:
              question.allowNotApplicable || websiteQuestions.includes(question.id),
          }),
        ),
      })),
    };
    const withNotApplicable: Answers = { ...answers };
    for (const id of websiteQuestions) withNotApplicable[id] = { notApplicable: true };
    // Stale answers to questions no longer asked change nothing.
    expect(computeProfile(questionnaireV2, answers)).toEqual(
      computeProfile(unconditional, withNotApplicable),
    );
  });

  it('says technical terms in plain words first, the technical name in brackets', () => {
    const texts = listQuestions(questionnaireV2).flatMap((question) => [
      question.label,
      question.help ?? '',
      question.unknownAdvice ?? '',
      ...question.options.flatMap((option) => [option.label, option.advice ?? '']),
    ]);
    const outsideBrackets = (text: string) => text.replace(/\([^)]*\)/g, '');
    for (const term of ['HTTPS', 'méta-description', 'PageSpeed', 'Search Console', 'Matomo']) {
      expect(texts.filter((text) => outsideBrackets(text).includes(term))).toEqual([]);
    }
    expect(texts.filter((text) => text.includes('je ne m’en suis jamais occupé'))).toEqual([]);
  });
});
