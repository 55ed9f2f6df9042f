import {
  levelLabels,
  levelMinimumScores,
  maturityLevels,
  overallLevelDescriptions,
} from '@capnum/scoring';
import { Link } from 'react-router';
import { useAuth } from '../../../lib/auth/auth-context.ts';
import { calculationText } from '../../../lib/i18n/calculation.ts';
import { paths } from '../../../lib/paths.ts';
import { usePage } from '../../../lib/use-page.ts';
import '../assessment.css';
import { DataTable } from '../../../components/ui/data-table.tsx';

/** "Comment est calculé mon score ?": the formula of the scoring package, in plain French. */
export function CalculationPage() {
  const words = calculationText;
  usePage(words.title);
  const auth = useAuth();
  const isArtisan = auth.status === 'signed-in' && auth.user.role === 'artisan';
  const [questionColumn, ...otherColumns] = words.exampleColumns;

  return (
    <div className="page page--narrow calculation">
      <h1>{words.title}</h1>
      <p className="lead">{words.intro}</p>

      <h2>{words.questionTitle}</h2>
      {words.questionText.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}

      <h2>{words.themeTitle}</h2>
      <p>{words.themeText}</p>
      <p className="formula">{words.themeFormula}</p>

      <h2>{words.overallTitle}</h2>
      <p>{words.overallText}</p>

      <h2>{words.specialAnswersTitle}</h2>
      <dl className="definitions">
        <dt>{words.unknownTerm}</dt>
        <dd>{words.unknownText}</dd>
        <dt>{words.notApplicableTerm}</dt>
        <dd>{words.notApplicableText}</dd>
      </dl>

      <h2>{words.exampleTitle}</h2>
      <p>{words.exampleIntro}</p>
      <DataTable caption={words.exampleCaption}>
        <thead>
          <tr>
            <th scope="col">{questionColumn}</th>
            {otherColumns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {words.exampleRows.map(([question, ...cells]) => (
            <tr key={question}>
              <th scope="row">{question}</th>
              {cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns of a fixed table.
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{words.exampleTotal[0]}</th>
            {words.exampleTotal.slice(1).map((cell, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns of a fixed table.
              <td key={index}>{cell}</td>
            ))}
          </tr>
        </tfoot>
      </DataTable>
      <p className="formula">{words.exampleResult}</p>
      <p>{words.exampleOverall}</p>

      <h2>{words.levelsTitle}</h2>
      <DataTable caption={words.levelsCaption}>
        <thead>
          <tr>
            {words.levelColumns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {maturityLevels.map((level) => {
            const next = maturityLevels[level];
            const upTo = next ? levelMinimumScores[next] - 1 : 100;
            return (
              <tr key={level}>
                <th scope="row">{levelLabels[level]}</th>
                <td>{words.levelRange(levelMinimumScores[level], upTo)}</td>
                <td>{overallLevelDescriptions[level]}</td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>

      <h2>{words.prioritiesTitle}</h2>
      <p>{words.prioritiesText}</p>
      <p>{words.versionsText}</p>

      {isArtisan && (
        <p>
          <Link className="button button--secondary" to={paths.diagnostic}>
            {words.toQuestionnaire}
          </Link>
        </p>
      )}
    </div>
  );
}
