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
  const band = tenth(y.bandwidth());
  const middle = (i: number) => tenth((y(String(i)) ?? 0) + y.bandwidth() / 2);
  const barWidth = (b: Bar) => (b.value === null ? 0 : tenth(x(b.value)));
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
      {/* Shared text attributes sit on the groups, and positions are rounded to a tenth of a pixel: each figure
          travels twice (HTML and React's payload), so every attribute a bar repeats counts. */}
      <g fontSize="12" fill="currentColor" dominantBaseline="middle">
        <g textAnchor="end">
          {bars.map((b, i) => (
            <text key={i} x={labelWidth - 8} y={middle(i)}>
              {b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label}
            </text>
          ))}
        </g>
        <g fill="#2563eb">
          {bars.map((b, i) => (
            <rect key={i} x={labelWidth} y={tenth(y(String(i)) ?? 0)} width={barWidth(b)} height={band} />
          ))}
        </g>
        {bars.map((b, i) => (
          <text key={i} x={tenth(labelWidth + barWidth(b) + 6)} y={middle(i)}>
            {b.text}
          </text>
        ))}
      </g>
    </svg>
  );
}

/** A coordinate to a tenth of a pixel: no visible change, a third of the digits. */
export function tenth(v: number): number {
  return Math.round(v * 10) / 10;
}
