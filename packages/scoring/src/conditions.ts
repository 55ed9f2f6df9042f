// Questions that depend on an earlier answer. No zod here: the web client imports this
// module on the questionnaire route, whose JavaScript budget is tight.

/** Asked only when the earlier question `question` was answered with one of `anyOf`. */
export interface ShowIf {
  question: string;
  anyOf: string[];
}

interface ConditionalQuestion {
  id: string;
  showIf?: ShowIf | undefined;
}

type AnswerLike =
  | { choice: string }
  | { choices: string[] }
  | { unknown: true }
  | { notApplicable: true };

function chosen(answer: AnswerLike | undefined): readonly string[] {
  if (!answer) return [];
  if ('choice' in answer) return [answer.choice];
  if ('choices' in answer) return answer.choices;
  return [];
}

/**
 * Whether a question is asked, given the answers so far: always without a condition;
 * with one, when its earlier question is itself asked and was answered with one of the
 * listed options ("Je ne sais pas" or no answer yet: not asked). A question not asked
 * counts as "Non concerné" in the score.
 */
export function isShown(
  question: ConditionalQuestion,
  answers: Readonly<Record<string, AnswerLike | undefined>>,
  questionsById: ReadonlyMap<string, ConditionalQuestion>,
): boolean {
  const condition = question.showIf;
  if (!condition) return true;
  const controlling = questionsById.get(condition.question);
  if (!controlling || !isShown(controlling, answers, questionsById)) return false;
  const answer = Object.hasOwn(answers, condition.question)
    ? answers[condition.question]
    : undefined;
  return chosen(answer).some((id) => condition.anyOf.includes(id));
}

/** The questions asked, in order, given the answers so far. */
export function shownQuestions<Question extends ConditionalQuestion>(
  questions: readonly Question[],
  answers: Readonly<Record<string, AnswerLike | undefined>>,
): Question[] {
  const byId = new Map<string, ConditionalQuestion>(
    questions.map((question) => [question.id, question]),
  );
  return questions.filter((question) => isShown(question, answers, byId));
}
