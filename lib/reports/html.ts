import { cellText, type ReportTable } from "./suppress";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe as HTML content or a quoted attribute value: every character HTML gives a meaning to is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Markup built by `html`: every text in it was escaped, so it may be set as a page's HTML. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  if (part === null || part === undefined || part === false) return "";
  return escapeHtml(String(part));
}

/**
 * Markup from a template in which every interpolated string or number is escaped, an `Html` is kept as it is,
 * a list is joined and null, undefined and false are left out. Attribute values are always written quoted.
 *
 * Why a report is markup and not React elements: a page sends what it shows twice, as HTML and in React's
 * payload, and Next serialises and renders each element, attribute by attribute, on every request. A report is
 * thousands of cells, bars and map shapes that change only with its figures; as one string, built once per
 * kept report (lib/reports/report-html.ts), it costs its length (e2e/bench/RESULTS.md, bench:reports).
 */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < parts.length; i++) out += render(parts[i]!) + strings[i + 1]!;
  return new Html(out);
}

/**
 * A report table's rows as HTML (`<tr><th scope="row">…</th><td>…</td>…</tr>`). Every text is escaped; a
 * figure hidden for privacy is set in italics, besides its words "fewer than 3".
 */
export function tableBodyHtml(table: ReportTable, empty: string): string {
  if (table.rows.length === 0)
    return `<tr><td colspan="${table.columns.length}" class="py-2! text-left! text-muted-foreground">${escapeHtml(empty)}</td></tr>`;
  return table.rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, i) =>
            i === 0
              ? `<th scope="row">${escapeHtml(cellText(cell))}</th>`
              : `<td${cell.kind === "suppressed" ? ' class="italic text-muted-foreground"' : ""}>${escapeHtml(cellText(cell))}</td>`,
          )
          .join("")}</tr>`,
    )
    .join("");
}
