import { scaleBand, scaleLinear, scalePoint, scaleThreshold } from "d3-scale";
import { line } from "d3-shape";
import { formatNumber } from "@/lib/format";
import { countryName } from "@/lib/geo";
import { html, type Html } from "@/lib/markup";
import { WORLD_HEIGHT, WORLD_WIDTH, worldOutlines } from "./world-outlines";

// Charts and the map are drawn as SVG on the server (no script reaches the browser), as markup (lib/markup.ts
// says why). Each carries a title, its figures as text and, in a report, a table with the same figures, so
// nothing is told by colour or length alone.

/** A coordinate to a tenth of a pixel: no visible change, a third of the digits. */
function tenth(v: number): number {
  return Math.round(v * 10) / 10;
}

// Letters of any script: a Korean title made of no a–z must not give every chart the same id.
const slug = (prefix: string, title: string) => `${prefix}-${title.replace(/[^\p{L}\p{N}]+/gu, "-").toLowerCase()}`;

function titled(id: string, title: string, description: string | undefined): Html {
  return html`<title id="${id}-title">${title}</title>${description ? html`<desc id="${id}-desc">${description}</desc>` : null}`;
}

export type Bar = { label: string; value: number | null; text: string };

/** Horizontal bars, each with its figure as text beside it; a hidden figure (value null) draws no bar and says so. */
export function barChartHtml({ bars, title, description }: { bars: Bar[]; title: string; description?: string }): Html {
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
  const id = slug("chart", title);
  const labelledBy = description ? `${id}-title ${id}-desc` : `${id}-title`;
  const labels = bars.map(
    (b, i) =>
      html`<text x="${labelWidth - 8}" y="${middle(i)}">${b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label}</text>`,
  );
  const rects = bars.map(
    (b, i) =>
      html`<rect x="${labelWidth}" y="${tenth(y(String(i)) ?? 0)}" width="${barWidth(b)}" height="${band}"></rect>`,
  );
  const figures = bars.map(
    (b, i) => html`<text x="${tenth(labelWidth + barWidth(b) + 6)}" y="${middle(i)}">${b.text}</text>`,
  );
  // Shared text attributes sit on the groups: every attribute a bar repeats counts.
  return html`<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${labelledBy}" class="h-auto w-full max-w-3xl">${titled(id, title, description)}<g font-size="12" fill="currentColor" dominant-baseline="middle"><g text-anchor="end">${labels}</g><g fill="#2563eb">${rects}</g>${figures}</g></svg>`;
}

export type TrendPoint = { label: string; value: number | null; text: string };

/** A line across editions; every point is labelled with its figure. */
export function trendChartHtml({
  points,
  title,
  description,
}: {
  points: TrendPoint[];
  title: string;
  description?: string;
}): Html {
  const width = 720;
  const height = 220;
  const margin = { top: 24, right: 40, bottom: 40, left: 40 };
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  const x = scalePoint()
    .domain(points.map((_, i) => `${i}`))
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
  const id = slug("trend", title);
  const labelledBy = description ? `${id}-title ${id}-desc` : `${id}-title`;
  const axis = height - margin.bottom;
  const dots = drawn.map((p) =>
    p.value !== null ? html`<circle cx="${p.cx}" cy="${tenth(y(p.value))}" r="4"></circle>` : null,
  );
  const figures = drawn.map(
    (p) => html`<text x="${p.cx}" y="${tenth(p.value !== null ? y(p.value) - 8 : axis - 8)}">${p.text}</text>`,
  );
  const labels = drawn.map(
    (p) =>
      html`<text x="${p.cx}" y="${axis + 16}" font-size="11">${p.label.length > 22 ? `${p.label.slice(0, 21)}…` : p.label}</text>`,
  );
  return html`<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${labelledBy}" class="h-auto w-full max-w-3xl">${titled(id, title, description)}<line x1="${margin.left}" x2="${width - margin.right}" y1="${axis}" y2="${axis}" stroke="#94a3b8"></line>${path ? html`<path d="${path}" fill="none" stroke="#2563eb" stroke-width="2"></path>` : null}<g fill="#2563eb">${dots}</g><g text-anchor="middle" font-size="12" fill="currentColor">${figures}${labels}</g></svg>`;
}

// Five shades of one blue, light to dark, readable in print; the legend names each class in words.
const SHADES = ["#dbeafe", "#93c5fd", "#3b82f6", "#1d4ed8", "#1e3a8a"];

export type MapValue = { country: string; value: number | null };

/**
 * A choropleth of the world with its legend. Countries with a figure hidden for privacy (value null) are
 * hatched, not coloured. Every country's figure is in its shape's title (and, in a report, in a table).
 */
export function worldMapHtml({
  values,
  title,
  description,
  legendLabels,
}: {
  values: MapValue[];
  title: string;
  description: string;
  /** The legend's words, and how a country's figure is said in its shape's title ("Kenya: 12"). */
  legendLabels: {
    legend: string;
    none: string;
    suppressed: string;
    figure?: (country: string, value: string) => string;
  };
}): Html {
  const figure = legendLabels.figure ?? ((country: string, value: string) => `${country}: ${value}`);
  const outlines = worldOutlines();
  const max = Math.max(1, ...values.map((v) => v.value ?? 0));
  const steps = niceSteps(max);
  const colour = scaleThreshold<number, string>().domain(steps.slice(1)).range(SHADES.slice(0, steps.length));
  const id = slug("map", title);
  const hatch = `url(#${id}-hatch)`;
  const classes = steps.map((from, i) => ({
    from,
    to: steps[i + 1] !== undefined ? steps[i + 1]! - 1 : max,
    fill: SHADES[i]!,
  }));
  const swatch = (fill: string, words: string | number) =>
    html`<li class="flex items-center gap-1"><svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" fill="${fill}" stroke="#94a3b8"></rect></svg>${words}</li>`;
  // The outlines are one cached SVG document drawn by reference: the page carries each country's fill and title,
  // never its outline. One stroke for all, set on the group.
  const shapes = values
    .filter((v) => outlines.codes.has(v.country))
    .map(
      (v) =>
        html`<use href="${outlines.href}#${v.country}" fill="${v.value === 0 ? "#f1f5f9" : v.value === null ? hatch : colour(v.value)}"><title>${figure(countryName(v.country), v.value === null ? legendLabels.suppressed : formatNumber(v.value))}</title></use>`,
    );
  const legend = [
    swatch("#f1f5f9", legendLabels.none),
    ...classes.map((c) =>
      swatch(c.fill, c.from === c.to ? formatNumber(c.from) : `${formatNumber(c.from)}–${formatNumber(c.to)}`),
    ),
    values.some((v) => v.value === null) ? swatch(hatch, legendLabels.suppressed) : null,
  ];
  return html`<figure class="space-y-2"><svg viewBox="0 0 ${WORLD_WIDTH} ${WORLD_HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc" class="h-auto w-full max-w-4xl">${titled(id, title, description)}<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f1f5f9"></rect><line x1="0" y1="0" x2="0" y2="6" stroke="#475569" stroke-width="2"></line></pattern></defs><g stroke="#94a3b8" stroke-width="0.5"><use href="${outlines.href}#world" fill="#f1f5f9"></use>${shapes}</g></svg><figcaption><span class="sr-only">${legendLabels.legend} </span><ul class="flex flex-wrap gap-3 text-xs" aria-label="${legendLabels.legend}">${legend}</ul></figcaption></figure>`;
}

/** Up to five class starts (1, …) that split 1..max into readable whole-number bands. */
function niceSteps(max: number): number[] {
  if (max <= 5) return Array.from({ length: max }, (_, i) => i + 1);
  const raw = [1, max * 0.1, max * 0.25, max * 0.5, max * 0.75].map((v) => Math.max(1, Math.round(v)));
  return [...new Set(raw)].sort((a, b) => a - b);
}
