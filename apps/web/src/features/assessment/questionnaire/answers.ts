import type { Answer, Answers, Question, Questionnaire } from '@capnum/scoring';
import { shownQuestions } from '@capnum/scoring/conditions';
import type { AnswerChange } from '../api/assessment-api.ts';

/** Values of the two answers every question offers besides its options. */
export const UNKNOWN = '_unknown';
export const NOT_APPLICABLE = '_not-applicable';

/** The values ticked in a question's group: option ids, or one of the two special answers. */
export function selectedValues(answer: Answer | undefined): readonly string[] {
  if (!answer) return [];
  if ('choice' in answer) return [answer.choice];
  if ('choices' in answer) return answer.choices;
  return ['unknown' in answer ? UNKNOWN : NOT_APPLICABLE];
}

/**
 * The answer after ticking or unticking one value. In a multi question, "Je ne
 * sais pas", "Non concerné" and "none of these" options stand alone: ticking
 * one of them clears the others, ticking an ordinary option clears them.
 */
export function nextAnswer(
  question: Question,
  current: Answer | undefined,
  value: string,
  checked: boolean,
): AnswerChange {
  const special = value === UNKNOWN || value === NOT_APPLICABLE;
  if (question.type === 'single' || special) {
    if (!checked) return null;
    if (value === UNKNOWN) return { unknown: true };
    if (value === NOT_APPLICABLE) return { notApplicable: true };
    return question.type === 'single' ? { choice: value } : { choices: [value] };
  }
  const option = question.options.find((candidate) => candidate.id === value);
  if (option?.exclusive) return checked ? { choices: [value] } : null;
  const kept = new Set(selectedValues(current));
  if (checked) kept.add(value);
  else kept.delete(value);
  // Only ordinary options, in questionnaire order: the saved answer does not depend on click order.
  const choices = question.options
    .filter((item) => !item.exclusive && kept.has(item.id))
    .map((item) => item.id);
  return choices.length > 0 ? { choices } : null;
}

/** The label of what was answered, for the review step. */
export function answerText(
  question: Question,
  answer: Answer | undefined,
  words: { unknown: string; notApplicable: string; none: string },
): string {
  if (!answer) return words.none;
  if ('unknown' in answer) return words.unknown;
  if ('notApplicable' in answer) return words.notApplicable;
  const chosen = selectedValues(answer);
  return question.options
    .filter((option) => chosen.includes(option.id))
    .map((option) => option.label)
    .join(' ; ');
}

/** Questions without an answer yet, in questionnaire order. */
export function unansweredQuestions(questionnaire: Questionnaire, answers: Answers): Question[] {
  return askedQuestions(questionnaire, answers).filter((question) => !answers[question.id]);
}

/**
 * The questions asked given the answers so far, in order: a question that depends on an
 * earlier answer (the website questions) appears once that answer is given.
 */
export function askedQuestions(questionnaire: Questionnaire, answers: Answers): Question[] {
  return shownQuestions(
    questionnaire.themes.flatMap((theme) => theme.questions),
    answers,
  );
}

/** The questions of one theme asked given the answers so far. */
export function askedInTheme(
  questionnaire: Questionnaire,
  themeQuestions: readonly Question[],
  answers: Answers,
): Question[] {
  const asked = new Set(askedQuestions(questionnaire, answers).map((question) => question.id));
  return themeQuestions.filter((question) => asked.has(question.id));
}

/** Whether two answers say the same thing (ticks in any order); false when either is missing. */
export function sameAnswer(left: Answer | undefined, right: Answer | undefined): boolean {
  if (!left || !right) return false;
  const leftValues = [...selectedValues(left)].sort();
  const rightValues = [...selectedValues(right)].sort();
  return (
    leftValues.length === rightValues.length &&
    leftValues.every((value, index) => value === rightValues[index])
  );
}
