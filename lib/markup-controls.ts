import { escapeHtml, html, Html } from "@/lib/markup";

/**
 * Form controls, a table and a pager as markup (lib/markup.ts says why), for list pages whose filter forms and pages of
 * rows are the bulk of what they render: a <select> of the world's countries alone is some 500 React elements.
 * The looks are components/ui's, kept in step by hand as lib/review/tables-html.ts keeps the table's.
 */

/** A translator of one namespace (next-intl's `t`). */
export type Labels = (key: string, values?: Record<string, string | number>) => string;

/** components/ui/input's and components/ui/native-select's look (the two are the same). */
export const CONTROL_CLASS =
  "flex h-10 w-full rounded-md border border-input bg-background px-3 py-2 text-base focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:cursor-not-allowed disabled:opacity-50 aria-[invalid=true]:border-destructive md:text-sm";
/** components/ui/input adds a placeholder colour to the control's look. */
export const INPUT_CLASS = `${CONTROL_CLASS} placeholder:text-muted-foreground`;
/** components/ui/button's default variant and size. */
export const BUTTON_CLASS =
  "inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-md text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 disabled:pointer-events-none disabled:opacity-50 bg-primary text-primary-foreground hover:bg-primary/90 h-10 px-4 py-2";
/** components/ui/label's look. */
export const LABEL_CLASS = "text-sm font-medium leading-none peer-disabled:cursor-not-allowed peer-disabled:opacity-70";

// components/ui/table's look, set once on the table rather than on each of its cells.
const TABLE_CLASS =
  "w-full caption-bottom text-sm [&_tr]:border-b [&_tbody_tr:hover]:bg-muted/50 [&_tbody_tr:last-child]:border-0 [&_th]:h-10 [&_th]:px-3 [&_th]:text-left [&_th]:align-middle [&_th]:font-medium [&_th]:text-muted-foreground [&_td]:p-3";

/** components/ui/table as markup: a header of column heads (a text, or a <th> of its own) and rows of cells. */
export function tableHtml(
  heads: readonly (Html | string)[],
  rows: readonly Html[],
  cellClass = "[&_td]:align-middle",
): Html {
  // Focusable, so a table wider than a phone can be scrolled from the keyboard (axe: scrollable-region-focusable).
  return html`<div class="relative w-full overflow-auto" tabindex="0"><table class="${TABLE_CLASS} ${cellClass}"><thead><tr>${heads.map(
    (h) => (typeof h === "string" ? html`<th scope="col">${h}</th>` : h),
  )}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

export type SelectOption = { readonly value: string; readonly label: string };

/** <option>s, the one whose value is `selected` marked as chosen (what React's `defaultValue` does). */
export function optionsHtml(options: readonly SelectOption[], selected?: string): Html {
  return html`${options.map((o) => html`<option value="${o.value}"${o.value === selected ? html` selected=""` : null}>${o.label}</option>`)}`;
}

/**
 * Options built once and kept (the countries, say) with the option whose value is `selected` marked as chosen.
 * A value no option has marks nothing, as with React's `defaultValue`.
 */
export function withSelected(options: Html, selected: string | undefined): Html {
  if (!selected) return options;
  const value = escapeHtml(selected);
  // A function, so that "$" in a value is not read as a replacement pattern.
  return new Html(options.value.replace(`<option value="${value}">`, () => `<option value="${value}" selected="">`));
}

/** Previous / next links for a paged list and where the reader is, or nothing (components/ui/pager places it). */
export function pagerHtml({
  page,
  total,
  pageSize,
  href,
  labels,
}: {
  page: number;
  total: number;
  pageSize: number;
  href: (page: number) => string;
  labels: { previous: string; next: string; page: string; nav: string };
}): Html | null {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return html`<nav aria-label="${labels.nav}" class="flex items-center gap-4 text-sm">${
    page > 1 ? html`<a href="${href(page - 1)}" class="text-primary underline">${labels.previous}</a>` : null
  }<span>${labels.page}</span>${
    page < pages ? html`<a href="${href(page + 1)}" class="text-primary underline">${labels.next}</a>` : null
  }</nav>`;
}
