import { type AggregateRow, AggregatesQuery } from '@capnum/contracts';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, createArtisan, createAssessment } from '../../../test/fixtures.ts';
import {
  auditOf,
  context,
  NOW,
  otherStaff,
  setUpStaffTests,
  staff,
} from '../staff-test-support.ts';
import { scoreHistograms } from './statistics.repository.ts';

setUpStaffTests();

/** Overall scores of the crafted members' latest assessments, by département. */
const overall: Record<string, number[]> = { '21': [], '58': [], '89': [] };
const communes = { '21': '21231', '58': '58194', '89': '89024' } as const;
const sizes = { '21': 6, '58': 4, '89': 7 } as const;

beforeAll(async () => {
  let index = 0;
  for (const [departement, size] of Object.entries(sizes)) {
    for (let member = 0; member < size; member += 1) {
      index += 1;
      const artisan = await createArtisan(context, {
        communeCode: communes[departement as keyof typeof communes],
        sector: member % 2 === 0 ? 'alimentation' : 'batiment',
      });
      // An earlier assessment in the period that the latest one replaces.
      await createAssessment(context, artisan, {
        maturity: 0.05,
        submittedAt: '2026-01-10T10:00:00Z',
      });
      const latest = await createAssessment(context, artisan, {
        maturity: (index % 10) / 10,
        submittedAt: `2026-04-${String(10 + member).padStart(2, '0')}T10:00:00Z`,
      });
      overall[departement]?.push(latest.profile.overall.score);
    }
  }
  // Another chamber's figures never mix in.
  const foreign = await createArtisan(context, { chamber: 'grandEst' });
  await createAssessment(context, foreign, { maturity: 0.5 });
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const mean = (values: number[]) =>
  Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;

const aggregates = async (query: string) => {
  const response = await as(context, staff).get(`/api/staff/aggregates${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('staff aggregates', () => {
  it('counts each artisan’s latest assessment once, with means and medians computed by hand', async () => {
    const body = await aggregates('');
    expect(body).toMatchObject({
      k: 5,
      groupBy: [],
      from: '2025-05-02',
      to: '2026-05-01',
      totals: [],
    });
    const all = [...(overall['21'] ?? []), ...(overall['58'] ?? []), ...(overall['89'] ?? [])];
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0]).toMatchObject({
      keys: {},
      total: false,
      suppressed: false,
      n: 17,
      overall: { mean: mean(all), median: median(all) },
    });
  });

  it('hides the département of 4 artisans, and enough else that no subtraction recovers it', async () => {
    const body = await aggregates('?groupBy=departement');
    const byDepartement = Object.fromEntries(
      body.rows.map((row: AggregateRow) => [row.keys.departement, row]),
    );
    expect(byDepartement['58']).toEqual({
      keys: { departement: '58' },
      total: false,
      suppressed: true,
      n: null,
      overall: null,
      themes: null,
      levels: null,
    });
    // The total is published, so a second département is hidden with it.
    expect(body.totals).toEqual([expect.objectContaining({ keys: {}, n: 17, suppressed: false })]);
    expect(byDepartement['21']).toMatchObject({ suppressed: true, n: null });
    expect(byDepartement['89']).toMatchObject({
      suppressed: false,
      n: 7,
      overall: { mean: mean(overall['89'] ?? []), median: median(overall['89'] ?? []) },
    });
    // Every subtraction of published counts: none gives 4.
    const published = [...body.rows, ...body.totals]
      .filter((row: AggregateRow) => !row.suppressed)
      .map((row: AggregateRow) => row.n as number);
    for (const a of published) {
      for (const b of published) expect(a - b, `${a} − ${b}`).not.toBe(4);
      expect(a).not.toBe(4);
    }
  });

  it('never publishes a level count under 5, in a row or a total', async () => {
    const body = await aggregates('');
    for (const row of [...body.rows, ...body.totals] as AggregateRow[]) {
      for (const count of Object.values(row.levels ?? {})) {
        if (count !== null && count !== 0) expect(count).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('counts an artisan once per month when the figures are by month', async () => {
    const body = await aggregates('?groupBy=month');
    const months = body.rows.map((row: AggregateRow) => [row.keys.month, row.n]);
    expect(months).toEqual([
      ['2026-01', 17],
      ['2026-04', 17],
    ]);
  });

  it('reads the scores counted per cell and measure, never a row per assessment', async () => {
    // 17 artisans with two assessments each: by département and month, what reaches the
    // API is one row per (département, month, level, measure) cell, whatever the volume.
    const query = AggregatesQuery.parse({ groupBy: 'departement,month' });
    const dims = ['departement', 'month', 'level'] as const;
    const rows = await scoreHistograms(
      context.db,
      context.chambers.bfc,
      query,
      { from: '2025-05-02', to: '2026-05-01' },
      dims,
      new Date(NOW),
    );
    const cells = new Set(rows.map((row) => dims.map((dim) => row.keys[dim]).join('|')));
    expect(rows).toHaveLength(cells.size * 5);
    const artisans = rows
      .filter((row) => row.measure === 'overall')
      .reduce((sum, row) => sum + row.counts.reduce((a, b) => a + b, 0), 0);
    expect(artisans).toBe(34);
    for (const row of rows) expect(row.scores).toEqual([...row.scores].sort((a, b) => a - b));
  });

  it('keeps to the period and the filters', async () => {
    expect((await aggregates('?from=2026-04-01&to=2026-04-30')).rows[0].n).toBe(17);
    expect((await aggregates('?to=2026-03-31')).rows[0].overall).toEqual({
      mean: expect.any(Number),
      median: expect.any(Number),
    });
    expect((await aggregates('?departement=89')).rows[0].n).toBe(7);
    const theme = await aggregates('?theme=social');
    expect(Object.keys(theme.rows[0].themes)).toEqual(['social']);
    expect(theme.rows[0].overall).toBeNull();
  });

  it('shows another chamber only its own artisans', async () => {
    const body = (await as(context, otherStaff).get('/api/staff/aggregates')).json();
    expect(body.rows).toEqual([expect.objectContaining({ suppressed: true, n: null })]);
  });

  it('refuses an unknown key, an unknown grouping and a period upside down, in French', async () => {
    const unknown = await as(context, staff).get('/api/staff/aggregates?groupe=sector');
    expect(unknown.statusCode).toBe(400);
    const grouping = await as(context, staff).get('/api/staff/aggregates?groupBy=commune');
    expect(grouping.json().fields).toEqual([
      {
        field: 'groupBy',
        message:
          'Regroupement inconnu : commune. Choisissez parmi departement, sector, employeeBand, level, month, quarter.',
      },
    ]);
    const upsideDown = await as(context, staff).get(
      '/api/staff/aggregates?from=2026-04-01&to=2026-03-01',
    );
    expect(upsideDown.statusCode).toBe(422);
  });
});

describe('exports', () => {
  it('writes the CSV for French Excel, byte for byte, and logs the export', async () => {
    const response = await as(context, staff).get(
      '/api/staff/aggregates.csv?groupBy=departement&theme=social',
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="statistiques-cma-bourgogne-franche-comte-2026-05-01.csv"',
    );
    const social = (await aggregates('?groupBy=departement&theme=social')).rows.find(
      (row: AggregateRow) => row.keys.departement === '89',
    ).themes.social;
    const decimal = (value: number) => String(value).replace('.', ',');
    const levels = (await aggregates('?groupBy=departement')).rows.find(
      (row: AggregateRow) => row.keys.departement === '89',
    ).levels;
    const totalLevels = (await aggregates('?groupBy=departement')).totals[0].levels;
    const cell = (value: number | null) => (value === null ? '' : String(value));
    expect(response.body).toBe(
      '\uFEFFDépartement;Artisans;Masqué (moins de 5 artisans ou protection d’un autre groupe);Réseaux sociaux : moyenne;Réseaux sociaux : médiane;Niveau Débutant;Niveau Initié;Niveau Avancé;Niveau Expert\r\n' +
        '21;;oui;;;;;;\r\n' +
        '58;;oui;;;;;;\r\n' +
        `89;7;non;${decimal(social.mean)};${decimal(social.median)};${[1, 2, 3, 4].map((l) => cell(levels[l])).join(';')}\r\n` +
        `Total;17;non;${decimal((await aggregates('?theme=social')).rows[0].themes.social.mean)};${decimal((await aggregates('?theme=social')).rows[0].themes.social.median)};${[1, 2, 3, 4].map((l) => cell(totalLevels[l])).join(';')}\r\n`,
    );
    expect(await auditOf('aggregates.exported', 'format', 'csv')).toEqual([
      expect.objectContaining({
        actor_id: staff.id,
        details: {
          view: 'statistiques',
          format: 'csv',
          query: { groupBy: ['departement'], theme: 'social' },
          rows: 4,
        },
      }),
    ]);
  });

  it('names sectors and bands in words in the spreadsheet', async () => {
    const csv = await as(context, staff).get('/api/staff/aggregates.csv?groupBy=sector');
    const firstCells = csv.body
      .split('\r\n')
      .slice(1, -1)
      .map((line: string) => line.split(';')[0]);
    expect(firstCells).toEqual(['Alimentation', 'Bâtiment', 'Total']);
  });

  it('writes an XLSX whose figures are number cells', async () => {
    const response = await as(context, staff).get('/api/staff/aggregates.xlsx?groupBy=departement');
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Statistiques');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Département');
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    const row89 = sheet?.getRow(4);
    expect(row89?.getCell(1).value).toBe('89');
    expect(row89?.getCell(2).value).toBe(7);
    expect(row89?.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(typeof row89?.getCell(4).value).toBe('number');
    expect(sheet?.getRow(2).getCell(2).value).toBeNull();
  });
});
