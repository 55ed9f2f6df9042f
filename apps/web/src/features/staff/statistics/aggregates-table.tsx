import type { AggregateRow, Aggregates } from '@capnum/contracts';
import { levelLabels, themeKeys, themeShortLabels } from '@capnum/scoring/labels';
import { useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { apiDownload } from '../../../lib/api-client.ts';
import { statisticsText } from '../../../lib/i18n/statistics.ts';
import { saveFile } from '../../../lib/save-file.ts';
import { errorMessage } from '../../../lib/use-api-data.ts';
import { keyLabel } from './statistics-labels.ts';

// The figures of the statistics page as a table, and the downloads.

const words = statisticsText;

function figure(value: number | null | undefined): string {
  return value === null || value === undefined ? words.hidden : String(value).replace('.', ',');
}

export function AggregatesTable({ aggregates }: { aggregates: Aggregates }) {
  const { groupBy } = aggregates;
  const lines = [...aggregates.rows, ...aggregates.totals];
  const themes = themeKeys.filter((key) => lines.some((row) => row.themes?.[key]));
  const hasLevels = !groupBy.includes('level');
  const labelOf = (row: AggregateRow) =>
    groupBy.length === 0
      ? words.total
      : groupBy.map((dim) => keyLabel(dim, row.keys[dim])).join(' · ');
  return (
    <DataTable caption={words.tableCaption}>
      <thead>
        <tr>
          <th scope="col">
            {groupBy.map((dim) => words.dimensions[dim]).join(' · ') || words.total}
          </th>
          <th scope="col" className="data-table__number">
            {words.artisans}
          </th>
          <th scope="col" className="data-table__number">
            {words.meanOverall}
          </th>
          <th scope="col" className="data-table__number">
            {words.medianOverall}
          </th>
          {themes.map((key) => (
            <th scope="col" className="data-table__number" key={key}>
              {words.mean(themeShortLabels[key])}
            </th>
          ))}
          {hasLevels &&
            ([1, 2, 3, 4] as const).map((level) => (
              <th scope="col" className="data-table__number" key={level}>
                {levelLabels[level]}
              </th>
            ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((row) => (
          <tr
            key={JSON.stringify(row.keys)}
            className={row.suppressed ? 'data-table__muted' : undefined}
          >
            <th scope="row">{labelOf(row)}</th>
            <td className="data-table__number">{figure(row.n)}</td>
            <td className="data-table__number">
              {row.suppressed ? words.hidden : figure(row.overall?.mean)}
            </td>
            <td className="data-table__number">
              {row.suppressed ? words.hidden : figure(row.overall?.median)}
            </td>
            {themes.map((key) => (
              <td className="data-table__number" key={key}>
                {row.suppressed ? words.hidden : figure(row.themes?.[key]?.mean)}
              </td>
            ))}
            {hasLevels &&
              ([1, 2, 3, 4] as const).map((level) => (
                <td className="data-table__number" key={level}>
                  {row.suppressed ? words.hidden : figure(row.levels?.[level])}
                </td>
              ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function useDownload() {
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  async function download(path: string, accept: string) {
    setBusy(path);
    setFailure(null);
    try {
      const file = await apiDownload(path, accept);
      saveFile(file.blob, file.fileName ?? path.split('/').pop()?.split('?')[0] ?? 'export');
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(null);
    }
  }
  return { busy, failure, download };
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function Exports({
  search,
  files,
}: {
  search: string;
  files: ReturnType<typeof useDownload>;
}) {
  const csv = `/api/staff/aggregates.csv${search}`;
  const xlsx = `/api/staff/aggregates.xlsx${search}`;
  return (
    <section aria-labelledby="statistics-exports">
      <h2 id="statistics-exports">{words.exportsTitle}</h2>
      <div className="actions">
        <Button
          variant="secondary"
          busy={files.busy === csv}
          busyLabel={words.downloading}
          onClick={() => void files.download(csv, 'text/csv')}
        >
          {words.csv}
        </Button>
        <Button
          variant="secondary"
          busy={files.busy === xlsx}
          busyLabel={words.downloading}
          onClick={() => void files.download(xlsx, XLSX_TYPE)}
        >
          {words.xlsx}
        </Button>
      </div>
    </section>
  );
}
