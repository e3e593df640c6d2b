import { cellText, type ReportTable } from "./suppress";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe as HTML content or a quoted attribute value: every character HTML gives a meaning to is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * A report table's rows as HTML (`<tr><th scope="row">…</th><td>…</td>…</tr>`), for the page to set as its
 * `<tbody>`: a page sends its tables twice, as HTML and in React's payload, and there a string costs its own
 * length where an element tree costs some forty bytes a cell (a country table holds over a thousand cells).
 * Every text is escaped; a figure hidden for privacy is set in italics, besides its words "fewer than 3".
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
