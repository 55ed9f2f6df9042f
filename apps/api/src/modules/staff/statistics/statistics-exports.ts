import { PassThrough, Readable } from 'node:stream';
import type {
  AggregateDimension,
  AggregateRow,
  Aggregates,
  Impact,
  VanActivity,
} from '@capnum/contracts';
import { levelLabels, themeKeys, themeShortLabels } from '@capnum/scoring/labels';
import { CSV_BOM, type CsvValue, csvLine } from '@capnum/statistics';
import ExcelJS from 'exceljs';

// The same figures as the JSON, as a table for Excel: one line per group,
// then the totals; a hidden group says so and shows no figure.

const dimensionLabels: Record<AggregateDimension, string> = {
  departement: 'Département',
  sector: 'Secteur',
  employeeBand: 'Effectif',
  level: 'Niveau global',
  month: 'Mois',
  quarter: 'Trimestre',
};

/** Values as a funder reads them in the spreadsheet. */
const valueLabels: Partial<Record<AggregateDimension, Record<string, string>>> = {
  sector: {
    alimentation: 'Alimentation',
    batiment: 'Bâtiment',
    fabrication: 'Fabrication',
    services: 'Services',
  },
  employeeBand: {
    '0': 'Aucun salarié',
    '1-2': '1 ou 2 salariés',
    '3-9': 'De 3 à 9 salariés',
    '10+': '10 salariés ou plus',
  },
};

interface Column {
  header: string;
  value: (row: AggregateRow) => CsvValue;
  numeric?: boolean;
}

function columnsOf(aggregates: Aggregates): Column[] {
  const sample = [...aggregates.rows, ...aggregates.totals].find((row) => !row.suppressed);
  const themes = themeKeys.filter((key) => sample?.themes?.[key] !== undefined);
  const hasOverall = sample ? sample.overall !== null : true;
  const hasLevels = !aggregates.groupBy.includes('level');
  return [
    ...aggregates.groupBy.map((dim) => ({
      header: dimensionLabels[dim],
      value: (row: AggregateRow) => {
        const key = row.keys[dim];
        if (key === undefined) return 'Total';
        if (dim === 'level') return levelLabels[Number(key) as 1 | 2 | 3 | 4];
        return valueLabels[dim]?.[key] ?? key;
      },
    })),
    { header: 'Artisans', value: (row) => row.n, numeric: true },
    {
      header: `Masqué (moins de ${aggregates.k} artisans ou protection d’un autre groupe)`,
      value: (row) => (row.suppressed ? 'oui' : 'non'),
    },
    ...(hasOverall
      ? [
          {
            header: 'Score global moyen',
            value: (row: AggregateRow) => row.overall?.mean,
            numeric: true,
          },
          {
            header: 'Score global médian',
            value: (row: AggregateRow) => row.overall?.median,
            numeric: true,
          },
        ]
      : []),
    ...themes.flatMap((key) => [
      {
        header: `${themeShortLabels[key]} : moyenne`,
        value: (row: AggregateRow) => row.themes?.[key]?.mean,
        numeric: true,
      },
      {
        header: `${themeShortLabels[key]} : médiane`,
        value: (row: AggregateRow) => row.themes?.[key]?.median,
        numeric: true,
      },
    ]),
    ...(hasLevels
      ? ([1, 2, 3, 4] as const).map((level) => ({
          header: `Niveau ${levelLabels[level]}`,
          value: (row: AggregateRow) => row.levels?.[level],
          numeric: true,
        }))
      : []),
  ];
}

const linesOf = (aggregates: Aggregates) => [...aggregates.rows, ...aggregates.totals];

/** CSV for French Excel, written line by line. */
export function aggregatesCsv(aggregates: Aggregates): Readable {
  const columns = columnsOf(aggregates);
  return Readable.from(
    (function* lines() {
      yield CSV_BOM + csvLine(columns.map((column) => column.header));
      for (const row of linesOf(aggregates))
        yield csvLine(columns.map((column) => column.value(row)));
    })(),
  );
}

/** XLSX with real number cells and a styled header, written as a stream. */
export function aggregatesXlsx(aggregates: Aggregates): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = workbook.addWorksheet('Statistiques');
  const columns = columnsOf(aggregates);
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: Math.min(40, Math.max(12, column.header.length + 2)),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEFB' } };
  header.commit();
  void (async () => {
    try {
      for (const row of linesOf(aggregates)) {
        sheet.addRow(columns.map((column) => column.value(row) ?? null)).commit();
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return output;
}

/** A small table as CSV for French Excel (impact, van activity). */
export function tableCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): Readable {
  return Readable.from(
    (function* lines() {
      yield CSV_BOM + csvLine(header);
      for (const row of rows) yield csvLine(row);
    })(),
  );
}

export function impactCsv(impact: Impact): Readable {
  return tableCsv(
    [
      'Thème',
      'Passés par l’atelier : artisans',
      'Passés par l’atelier : points gagnés en moyenne',
      'Sans atelier : artisans',
      'Sans atelier : points gagnés en moyenne',
    ],
    impact.themes.map((row) => [
      themeShortLabels[row.theme],
      row.attended.n,
      row.attended.meanChange,
      row.others.n,
      row.others.meanChange,
    ]),
  );
}

export function activityCsv(activity: VanActivity): Readable {
  return tableCsv(
    [
      'Date',
      'Commune',
      'Atelier',
      'Début',
      'Places',
      'Inscrits',
      'Liste d’attente',
      'Présents',
      'Absents',
      'Taux de présence (%)',
      'Présents de l’étape ayant refait leur autodiagnostic dans les 6 mois (%)',
    ],
    activity.stops.flatMap((stop) =>
      stop.sessions.map((session) => [
        stop.date,
        stop.communeName,
        session.workshopTitle,
        session.startsAt,
        session.capacity,
        session.registered,
        session.waitlisted,
        session.attended,
        session.noShows,
        session.attendanceRate,
        stop.reassessedShare,
      ]),
    ),
  );
}
