import { scaleThreshold } from "d3-scale";
import { countryName } from "@/lib/geo";
import { WORLD_HEIGHT, WORLD_WIDTH, worldOutlines } from "@/lib/reports/world-outlines";

// Five shades of one blue, light to dark, readable in print; the legend names each class in words.
const SHADES = ["#dbeafe", "#93c5fd", "#3b82f6", "#1d4ed8", "#1e3a8a"];

export type MapValue = { country: string; value: number | null };

/**
 * A choropleth of the world drawn as SVG on the server: no script reaches the browser. Countries with a
 * figure hidden for privacy (value null) are hatched, not coloured. Every country's figure is also in the
 * table named by `tableId`, and in each shape's title.
 */
export function WorldMap({
  values,
  title,
  description,
  legendLabels,
}: {
  values: MapValue[];
  title: string;
  description: string;
  legendLabels: { legend: string; none: string; suppressed: string };
}) {
  const outlines = worldOutlines();
  const max = Math.max(1, ...values.map((v) => v.value ?? 0));
  const steps = niceSteps(max);
  const colour = scaleThreshold<number, string>().domain(steps.slice(1)).range(SHADES.slice(0, steps.length));
  const id = `map-${title.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`;
  const classes = steps.map((from, i) => ({
    from,
    to: steps[i + 1] !== undefined ? steps[i + 1]! - 1 : max,
    fill: SHADES[i]!,
  }));
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${WORLD_WIDTH} ${WORLD_HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full max-w-4xl"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#f1f5f9" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#475569" strokeWidth="2" />
          </pattern>
        </defs>
        {/* The outlines are one cached SVG document drawn by reference: the page carries each country's fill and
            title, never its outline. One stroke for all, set on the group. */}
        <g stroke="#94a3b8" strokeWidth={0.5}>
          <use href={`${outlines.href}#world`} fill="#f1f5f9" />
          {values
            .filter((v) => outlines.codes.has(v.country))
            .map((v) => (
              <use
                key={v.country}
                href={`${outlines.href}#${v.country}`}
                fill={v.value === 0 ? "#f1f5f9" : v.value === null ? `url(#${id}-hatch)` : colour(v.value)}
              >
                <title>{`${countryName(v.country)}: ${v.value === null ? legendLabels.suppressed : v.value}`}</title>
              </use>
            ))}
        </g>
      </svg>
      <figcaption>
        <span className="sr-only">{legendLabels.legend}: </span>
        <ul className="flex flex-wrap gap-3 text-xs" aria-label={legendLabels.legend}>
          <li className="flex items-center gap-1">
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill="#f1f5f9" stroke="#94a3b8" />
            </svg>
            {legendLabels.none}
          </li>
          {classes.map((c) => (
            <li key={c.from} className="flex items-center gap-1">
              <svg width="14" height="14" aria-hidden="true">
                <rect width="14" height="14" fill={c.fill} stroke="#94a3b8" />
              </svg>
              {c.from === c.to ? c.from : `${c.from}–${c.to}`}
            </li>
          ))}
          {values.some((v) => v.value === null) ? (
            <li className="flex items-center gap-1">
              <svg width="14" height="14" aria-hidden="true">
                <rect width="14" height="14" fill={`url(#${id}-hatch)`} stroke="#94a3b8" />
              </svg>
              {legendLabels.suppressed}
            </li>
          ) : null}
        </ul>
      </figcaption>
    </figure>
  );
}

/** Up to five class starts (1, …) that split 1..max into readable whole-number bands. */
function niceSteps(max: number): number[] {
  if (max <= 5) return Array.from({ length: max }, (_, i) => i + 1);
  const raw = [1, max * 0.1, max * 0.25, max * 0.5, max * 0.75].map((v) => Math.max(1, Math.round(v)));
  return [...new Set(raw)].sort((a, b) => a - b);
}
