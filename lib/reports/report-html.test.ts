import { describe, expect, it } from "vitest";
import { barChartHtml, trendChartHtml, worldMapHtml } from "./charts";
import { escapeHtml, fromPayload } from "@/lib/markup";
import type { Labels, Report } from "./model";
import { reportSectionsPayload, reportTableHtml, tableBodyHtml } from "./report-html";
import { cellText, type ReportTable } from "./suppress";

const HOSTILE = `<script>alert("x")</script><img src=x onerror='y'> & "q"`;
const ESCAPED = escapeHtml(HOSTILE);

/** The tags a report's markup may hold: anything else in it came from data that was not escaped. */
const ALLOWED_TAGS = new Set(
  "a caption circle defs desc details div figcaption figure g h2 h3 li line p path pattern rect section span summary svg table tbody td text th thead title tr ul use".split(
    " ",
  ),
);
const tagsOf = (markup: string) => [...markup.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
const foreignTags = (markup: string) => [...new Set(tagsOf(markup))].filter((tag) => !ALLOWED_TAGS.has(tag));

const labels: Labels = (key, values) => (values ? `${key} ${JSON.stringify(values)} ${HOSTILE}` : `${key} ${HOSTILE}`);

function hostileTable(id: string): ReportTable {
  return {
    id,
    title: `${id} ${HOSTILE}`,
    columns: [HOSTILE, "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"],
    note: HOSTILE,
    rows: [
      [
        { kind: "text", text: HOSTILE },
        ...Array.from({ length: 9 }, (_, i) => ({ kind: "people" as const, n: i * 7 })),
      ],
      [{ kind: "text", text: "Kenya" }, ...Array.from({ length: 9 }, () => ({ kind: "suppressed" as const }))],
    ],
  };
}

const IDS = [
  "funnel",
  "audiences",
  "gender",
  "countries",
  "regions",
  "groups",
  "tracks",
  "trends",
  "outcomes",
  "agenda",
  "sdgs",
];
const report: Report = {
  level: "organisation",
  title: HOSTILE,
  editions: [],
  programmes: [],
  headline: [],
  tables: IDS.map(hostileTable),
  results: [{ programme: HOSTILE, text: HOSTILE }],
  map: [
    { country: "KE", cell: { kind: "people", n: 12 } },
    { country: "KR", cell: { kind: "suppressed" } },
  ],
  protected: true,
  locale: "en",
};

describe("report markup", () => {
  it("sets every text from the figures and the messages escaped: no tag in it but the report's own", () => {
    const payload = reportSectionsPayload(
      report,
      labels,
      (table, format) => `/export?table=${table}&format=${format}&x="y"`,
    );
    expect(payload).not.toMatch(/[<>&]/);
    const markup = fromPayload(payload);
    expect(foreignTags(markup)).toEqual([]);
    expect(markup).not.toContain(HOSTILE);
    expect(markup).toContain(ESCAPED);
    expect(markup).toContain(`href="/export?table=countries&amp;format=xlsx&amp;x=&quot;y&quot;"`);
    // Every table is there once with its downloads, the countries one inside the map's table alternative.
    for (const id of IDS) expect(markup.split(`aria-label="${escapeHtml(`${id} ${HOSTILE}`)}"`)).toHaveLength(2);
    expect(markup).toMatch(/<details><summary[^>]*>[^<]*tableAlternative[\s\S]*countries/);
  });

  it("is built once per kept report and download address", () => {
    const href = (table: string, format: string) => `/a?table=${table}&format=${format}`;
    const first = reportSectionsPayload(report, labels, href);
    expect(reportSectionsPayload(report, () => "other words", href)).toBe(first);
    expect(reportSectionsPayload(report, labels, (table, format) => `/b?table=${table}&format=${format}`)).not.toBe(
      first,
    );
    expect(reportSectionsPayload({ ...report }, () => "other words", href)).not.toBe(first);
  });

  it("shows a hidden figure in words and in italics, and a table without rows says so", () => {
    const table = reportTableHtml({ ...hostileTable("x"), rows: [] }, labels).value;
    expect(table).toContain(`colspan="10"`);
    expect(table).toContain(escapeHtml(labels("empty")));
    expect(table).not.toContain("download"); // no address, no links
    expect(reportTableHtml(hostileTable("x"), labels).value).toContain(`<td class="italic text-muted-foreground">`);
  });
});

describe("charts", () => {
  it("draw one bar per figure with its text beside it, and no bar for a hidden one", () => {
    const markup = barChartHtml({
      title: HOSTILE,
      bars: [
        { label: HOSTILE, value: 10, text: "10" },
        { label: "Kenya", value: null, text: "fewer than 3" },
      ],
    }).value;
    expect(foreignTags(markup)).toEqual([]);
    expect(markup.match(/<rect [^>]*width="([\d.]+)"/g)).toHaveLength(2);
    expect(markup).toMatch(/<rect [^>]*width="0"/);
    expect(markup).toContain(">fewer than 3</text>");
  });

  it("a trend leaves a hidden point out of its line and still labels it", () => {
    const markup = trendChartHtml({
      title: "Trend",
      points: [
        { label: "2023", value: 10, text: "10" },
        { label: "2024", value: null, text: "fewer than 3" },
        { label: "2025", value: 30, text: "30" },
      ],
    }).value;
    expect(markup.match(/<circle /g)).toHaveLength(2);
    expect(markup).toContain(">fewer than 3</text>");
    expect(markup).toContain(">2024</text>");
  });

  it("the map hatches a hidden country, titles every shape with its figure and names each class in the legend", () => {
    const markup = worldMapHtml({
      values: [
        { country: "KE", value: 12 },
        { country: "KR", value: null },
        { country: "FR", value: 0 },
      ],
      title: "Map",
      description: HOSTILE,
      legendLabels: { legend: "Legend", none: "none", suppressed: "fewer than 3" },
    }).value;
    expect(markup).toContain(`<desc id="map-map-desc">${ESCAPED}</desc>`);
    expect(markup).toMatch(/<use href="[^"]*#KR" fill="url\(#map-map-hatch\)"><title>[^<]*: fewer than 3<\/title>/);
    expect(markup).toMatch(/<use href="[^"]*#KE" fill="#[0-9a-f]{6}"><title>[^<]*: 12<\/title>/);
    expect(markup).toMatch(/<li [^>]*>.*?<\/svg>fewer than 3<\/li>/);
  });
});

describe("tableBodyHtml", () => {
  it("escapes every text it sets as HTML, and marks hidden figures", () => {
    const table: ReportTable = {
      id: "x",
      title: "X",
      columns: ["Name", "People"],
      rows: [
        [{ kind: "text", text: `<img src=x onerror="alert('1')"> & co` }, { kind: "suppressed" }],
        [
          { kind: "text", text: "Kenya" },
          { kind: "people", n: 1234 },
        ],
      ],
    };
    expect(tableBodyHtml(table, "none")).toBe(
      `<tr><th scope="row">&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co</th><td class="italic text-muted-foreground">${escapeHtml(cellText({ kind: "suppressed" }))}</td></tr>` +
        `<tr><th scope="row">Kenya</th><td>1,234</td></tr>`,
    );
    expect(tableBodyHtml({ ...table, rows: [] }, "No <data>")).toContain(">No &lt;data&gt;</td>");
  });
});
