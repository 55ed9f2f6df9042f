import {
  type BaseTickContentProps,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
} from 'recharts';

export interface RadarPoint {
  label: string;
  score: number;
}

/**
 * The four themes sit on the corners of a square (first one top left, then
 * clockwise), each name centred above or below its corner: on a phone, names
 * beside the left and right corners would not fit.
 */
function ThemeName({ x, y, index, payload }: BaseTickContentProps) {
  const above = index < 2;
  return (
    <text
      x={x}
      y={y}
      dy={above ? -10 : 20}
      textAnchor="middle"
      fill="#1a1c23"
      fontSize={14}
      fontWeight={600}
    >
      {String(payload.value)}
    </text>
  );
}

/** The four theme scores on one shape; loaded only by the results page (recharts is heavy). */
export default function ThemeRadarChart({ points }: { points: readonly RadarPoint[] }) {
  return (
    <RadarChart
      responsive
      data={[...points]}
      startAngle={135}
      endAngle={-225}
      outerRadius="70%"
      accessibilityLayer={false}
      style={{ width: '100%', height: '100%' }}
    >
      <PolarGrid stroke="#8a91a0" />
      <PolarAngleAxis dataKey="label" tick={ThemeName} />
      <PolarRadiusAxis
        domain={[0, 100]}
        ticks={[25, 50, 75, 100]}
        angle={45}
        axisLine={false}
        tick={{ fill: '#4b5263', fontSize: 11 }}
      />
      <Radar
        dataKey="score"
        stroke="#1d3f8f"
        strokeWidth={2}
        fill="#1d3f8f"
        fillOpacity={0.25}
        dot
        isAnimationActive={false}
      />
    </RadarChart>
  );
}
