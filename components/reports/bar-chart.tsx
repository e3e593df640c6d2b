import { scaleBand, scaleLinear } from "d3-scale";

export type Bar = { label: string; value: number | null; text: string };

/**
 * Horizontal bars drawn as SVG on the server. Each bar carries its figure as text beside it, so nothing
 * is told by colour or length alone; a hidden figure (value null) draws no bar and says so.
 */
export function BarChart({ bars, title, description }: { bars: Bar[]; title: string; description?: string }) {
  const labelWidth = 230;
  const width = 720;
  const rowHeight = 26;
  const height = Math.max(rowHeight, bars.length * rowHeight) + 8;
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, width - labelWidth - 90]);
  const y = scaleBand()
    .domain(bars.map((_, i) => String(i)))
    .range([4, height - 4])
    .padding(0.2);
  const id = `chart-${title.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={description ? `${id}-title ${id}-desc` : `${id}-title`}
      className="h-auto w-full max-w-3xl"
    >
      <title id={`${id}-title`}>{title}</title>
      {description ? <desc id={`${id}-desc`}>{description}</desc> : null}
      {bars.map((b, i) => {
        const top = y(String(i)) ?? 0;
        const barWidth = b.value === null ? 0 : x(b.value);
        return (
          <g key={`${b.label}-${i}`}>
            <text
              x={labelWidth - 8}
              y={top + y.bandwidth() / 2}
              dominantBaseline="middle"
              textAnchor="end"
              fontSize="12"
              fill="currentColor"
            >
              {b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label}
            </text>
            <rect x={labelWidth} y={top} width={barWidth} height={y.bandwidth()} fill="#2563eb" />
            <text
              x={labelWidth + barWidth + 6}
              y={top + y.bandwidth() / 2}
              dominantBaseline="middle"
              fontSize="12"
              fill="currentColor"
            >
              {b.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
