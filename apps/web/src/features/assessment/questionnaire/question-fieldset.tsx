import type { Answer, Question } from '@capnum/scoring';
import { text } from '../../../lib/i18n/index.ts';
import type { AnswerChange } from '../api/assessment-api.ts';
import { NOT_APPLICABLE, nextAnswer, selectedValues, UNKNOWN } from './answers.ts';
import { questionElementId } from './steps.ts';

interface QuestionFieldsetProps {
  question: Question;
  answer: Answer | undefined;
  /** The answer is the one given last time (a new assessment starts from the previous one). */
  fromLastTime?: boolean;
  onChange: (questionId: string, answer: AnswerChange) => void;
}

interface Choice {
  value: string;
  label: string;
}

/**
 * One question: real radio buttons (one answer) or checkboxes (several), each
 * row a large target. "Je ne sais pas", "Non concerné" and a "none of these"
 * option come last, after an "ou", because they cannot be combined.
 */
export function QuestionFieldset({
  question,
  answer,
  fromLastTime = false,
  onChange,
}: QuestionFieldsetProps) {
  const words = text.diagnostic;
  const id = questionElementId(question.id);
  const multi = question.type === 'multi';
  const selected = selectedValues(answer);
  const standalone: Choice[] = [
    ...question.options.filter((option) => multi && option.exclusive),
    { id: UNKNOWN, label: words.unknown },
    ...(question.allowNotApplicable ? [{ id: NOT_APPLICABLE, label: words.notApplicable }] : []),
  ].map(({ id: value, label }) => ({ value, label }));
  const ordinary: Choice[] = question.options
    .filter((option) => !(multi && option.exclusive))
    .map((option) => ({ value: option.id, label: option.label }));
  const helpId = question.help ? `${id}-help` : '';
  const hintId = multi ? `${id}-hint` : '';
  const lastTimeId = fromLastTime ? `${id}-last-time` : '';

  const renderChoice = ({ value, label }: Choice) => {
    const inputId = `${id}--${value}`;
    return (
      <label key={value} className="answer" htmlFor={inputId}>
        <input
          id={inputId}
          className="answer__input"
          type={multi ? 'checkbox' : 'radio'}
          name={question.id}
          value={value}
          checked={selected.includes(value)}
          onChange={(event) =>
            onChange(question.id, nextAnswer(question, answer, value, event.currentTarget.checked))
          }
        />
        <span>{label}</span>
      </label>
    );
  };

  return (
    <fieldset
      id={id}
      className="question"
      tabIndex={-1}
      aria-describedby={[lastTimeId, helpId, hintId].filter(Boolean).join(' ') || undefined}
    >
      <legend className="question__legend">{question.label}</legend>
      {fromLastTime && (
        <p id={lastTimeId} className="question__last-time">
          {words.lastTime}
        </p>
      )}
      {question.help && (
        <p id={helpId} className="question__help">
          {question.help}
        </p>
      )}
      {multi && (
        <p id={hintId} className="question__help">
          {words.multiHint}
        </p>
      )}
      <div className="question__choices">{ordinary.map(renderChoice)}</div>
      <p className="question__or">{words.or}</p>
      <div className="question__choices">{standalone.map(renderChoice)}</div>
    </fieldset>
  );
}
