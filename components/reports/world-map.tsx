import { geoEqualEarth, geoPath } from "d3-geo";
import { scaleThreshold } from "d3-scale";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import worldAtlas from "world-atlas/countries-110m.json";
import { countryFromNumeric, countryName } from "@/lib/geo";
import { relativePath } from "@/lib/reports/svg-path";

const WIDTH = 960;
const HEIGHT = 470;

type Shape = { code: string | undefined; name: string; d: string };

// The projected outlines never change: drawn once per server process, not per request.
let shapes: Shape[] | null = null;
function worldShapes(): Shape[] {
  if (shapes) return shapes;
  const topology = worldAtlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], countries);
  // One decimal is a tenth of a pixel at this size: half the bytes of the default, no visible change.
  const path = geoPath(projection).digits(1);
  shapes = countries.features.map((f) => ({
    code: f.id === undefined ? undefined : countryFromNumeric(String(f.id)),
    name: f.properties?.name ?? "",
    d: relativePath(path(f) ?? ""),
  }));
  return shapes;
}

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
  const byCode = new Map(values.map((v) => [v.country, v.value]));
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
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
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
        {/* One stroke for all outlines, set on the group rather than on each of the 177 shapes. */}
        <g stroke="#94a3b8" strokeWidth={0.5}>
          {worldShapes().map((s, i) => {
            const has = s.code !== undefined && byCode.has(s.code);
            const value = has ? byCode.get(s.code!) : undefined;
            const fill = !has || value === 0 ? "#f1f5f9" : value === null ? `url(#${id}-hatch)` : colour(value!);
            const label = s.code ? countryName(s.code) : s.name;
            return (
              <path key={`${s.code ?? s.name}-${i}`} d={s.d} fill={fill}>
                {has ? <title>{`${label}: ${value === null ? legendLabels.suppressed : value}`}</title> : null}
              </path>
            );
          })}
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
