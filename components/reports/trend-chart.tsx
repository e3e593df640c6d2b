import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { tenth } from "./bar-chart";

export type TrendPoint = { label: string; value: number | null; text: string };

/** A line across editions drawn as SVG on the server; every point is labelled with its figure. */
export function TrendChart({
  points,
  title,
  description,
}: {
  points: TrendPoint[];
  title: string;
  description?: string;
}) {
  const width = 720;
  const height = 220;
  const margin = { top: 24, right: 40, bottom: 40, left: 40 };
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  const x = scalePoint()
    .domain(points.map((p, i) => `${i}`))
    .range([margin.left, width - margin.right])
    .padding(0.5);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const drawn = points.map((p, i) => ({ ...p, cx: tenth(x(`${i}`) ?? 0) }));
  const path = line<(typeof drawn)[number]>()
    .defined((p) => p.value !== null)
    .x((p) => p.cx)
    .y((p) => tenth(y(p.value ?? 0)))(drawn);
  const id = `trend-${title.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={description ? `${id}-title ${id}-desc` : `${id}-title`}
      className="h-auto w-full max-w-3xl"
    >
      <title id={`${id}-title`}>{title}</title>
      {description ? <desc id={`${id}-desc`}>{description}</desc> : null}
      <line
        x1={margin.left}
        x2={width - margin.right}
        y1={height - margin.bottom}
        y2={height - margin.bottom}
        stroke="#94a3b8"
      />
      {path ? <path d={path} fill="none" stroke="#2563eb" strokeWidth={2} /> : null}
      {/* Shared attributes on the groups, positions to a tenth of a pixel (see bar-chart.tsx). */}
      <g fill="#2563eb">
        {drawn.map((p, i) => (p.value !== null ? <circle key={i} cx={p.cx} cy={tenth(y(p.value))} r={4} /> : null))}
      </g>
      <g textAnchor="middle" fontSize="12" fill="currentColor">
        {drawn.map((p, i) => (
          <text key={i} x={p.cx} y={tenth(p.value !== null ? y(p.value) - 8 : height - margin.bottom - 8)}>
            {p.text}
          </text>
        ))}
        {drawn.map((p, i) => (
          <text key={`label-${i}`} x={p.cx} y={height - margin.bottom + 16} fontSize="11">
            {p.label.length > 22 ? `${p.label.slice(0, 21)}…` : p.label}
          </text>
        ))}
      </g>
    </svg>
  );
}
