import type { AggregateRow } from '@capnum/contracts';
import { levelLabels } from '@capnum/scoring/labels';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';

export interface ChartGroup {
  label: string;
  row: AggregateRow;
}

// Patterns of colour that stay apart in grey too, darkest for the lowest level.
const levelColours = ['#7a271a', '#b54708', '#1d3f8f', '#1b6b3a'];

/** The mean overall score of each published group, then its levels stacked (recharts is heavy: lazy). */
export default function AggregatesCharts({
  groups,
  meanTitle,
  levelsTitle,
}: {
  groups: readonly ChartGroup[];
  meanTitle: string;
  levelsTitle: string;
}) {
  const data = groups.map(({ label, row }) => ({
    label,
    mean: row.overall?.mean ?? null,
    ...Object.fromEntries(
      ([1, 2, 3, 4] as const).map((level) => [`level${level}`, row.levels?.[level] ?? 0]),
    ),
  }));
  return (
    <div className="statistics-charts">
      <figure>
        <figcaption>{meanTitle}</figcaption>
        <BarChart
          responsive
          data={data}
          accessibilityLayer={false}
          style={{ width: '100%', height: '16rem' }}
        >
          <CartesianGrid stroke="#d0d5dd" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fill: '#1a1c23', fontSize: 12 }} />
          <YAxis domain={[0, 100]} width={36} tick={{ fill: '#1a1c23', fontSize: 12 }} />
          <Bar dataKey="mean" name={meanTitle} fill="#1d3f8f" isAnimationActive={false} />
        </BarChart>
      </figure>
      <figure>
        <figcaption>{levelsTitle}</figcaption>
        <BarChart
          responsive
          data={data}
          accessibilityLayer={false}
          style={{ width: '100%', height: '16rem' }}
        >
          <CartesianGrid stroke="#d0d5dd" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fill: '#1a1c23', fontSize: 12 }} />
          <YAxis width={36} allowDecimals={false} tick={{ fill: '#1a1c23', fontSize: 12 }} />
          <Legend itemSorter={null} />
          {([1, 2, 3, 4] as const).map((level) => (
            <Bar
              key={level}
              dataKey={`level${level}`}
              name={levelLabels[level]}
              stackId="levels"
              fill={levelColours[level - 1]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </figure>
    </div>
  );
}
