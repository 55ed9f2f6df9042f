import type { ThemeKey } from '@capnum/scoring';
import { CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';

export type HistoryPoint = { label: string } & Record<ThemeKey, number>;

// Colour and dash pattern both differ, so the lines can be told apart without colour.
const lineStyles = [
  { stroke: '#1d3f8f', strokeDasharray: '' },
  { stroke: '#b42318', strokeDasharray: '8 4' },
  { stroke: '#1b6b3a', strokeDasharray: '2 3' },
  { stroke: '#7a3e9d', strokeDasharray: '12 3 3 3' },
];

/** Theme scores over time; loaded only by the history page (recharts is heavy). */
export default function ThemeHistoryChart({
  points,
  series,
}: {
  points: readonly HistoryPoint[];
  series: readonly { key: ThemeKey; label: string }[];
}) {
  return (
    <LineChart
      responsive
      data={[...points]}
      accessibilityLayer={false}
      margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      style={{ width: '100%', height: '100%' }}
    >
      <CartesianGrid stroke="#d0d5dd" strokeDasharray="3 3" />
      <XAxis dataKey="label" tick={{ fill: '#1a1c23', fontSize: 12 }} />
      <YAxis
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        width={36}
        tick={{ fill: '#1a1c23', fontSize: 12 }}
      />
      {/* In the order of the themes, as in the table, not alphabetical. */}
      <Legend itemSorter={null} />
      {series.map(({ key, label }, index) => (
        <Line
          key={key}
          dataKey={key}
          name={label}
          strokeWidth={2}
          {...lineStyles[index % lineStyles.length]}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
