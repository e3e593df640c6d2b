import { currentLocale, numberFormat } from "@/lib/format";
import { renderMessage } from "@/lib/i18n/messages";
import { isAppLocale } from "@/lib/i18n/request";
/**
 * Cells of a report table. People counts and shares of people are typed apart from other numbers so that
 * one function (protectCell) can decide, for a partner's or donor's report, which of them could point at
 * someone and must read "fewer than 3" instead.
 */
export type ReportCell =
  | { kind: "people"; n: number }
  | { kind: "share"; num: number; den: number }
  | { kind: "number"; n: number }
  | { kind: "text"; text: string }
  | { kind: "suppressed" };

/** The smallest group a partner or donor may see as a number. */
export const MIN_GROUP = 3;

export const people = (n: number): ReportCell => ({ kind: "people", n });
export const share = (num: number, den: number): ReportCell => ({ kind: "share", num, den });
export const number = (n: number): ReportCell => ({ kind: "number", n });
export const text = (value: string): ReportCell => ({ kind: "text", text: value });

/**
 * The one suppression rule, applied to every cell of a partner's or donor's report (tables, charts, map
 * and exports all read the protected cells):
 * - a count of people below 3 (zero included, so that no small group can be worked out by subtraction
 *   from its neighbours) becomes "fewer than 3";
 * - a share is hidden when its base is below 3, or when it stands for 1 or 2 people on either side
 *   (2 of 30 women, or 29 of 30 completed, both point at one or two people).
 */
export function protectCell(cell: ReportCell): ReportCell {
  if (cell.kind === "people") return cell.n < MIN_GROUP ? { kind: "suppressed" } : cell;
  if (cell.kind === "share") {
    const rest = cell.den - cell.num;
    const small = (n: number) => n > 0 && n < MIN_GROUP;
    return cell.den < MIN_GROUP || small(cell.num) || small(rest) ? { kind: "suppressed" } : cell;
  }
  return cell;
}

export type ReportTable = {
  id: string;
  title: string;
  columns: string[];
  rows: ReportCell[][];
  /** Shown under the table: how a figure is defined. */
  note?: string;
};

export function protectTable(table: ReportTable): ReportTable {
  return { ...table, rows: table.rows.map((row) => row.map(protectCell)) };
}

/** A cell's words in a language: "fewer than 3" for a hidden figure, a dash for a share of nobody (page and download alike). */
function word(locale: string, key: "fewerThan" | "noFigure"): string {
  return renderMessage(isAppLocale(locale) ? locale : "en", `reports.${key}`);
}

/** A share as a whole percentage, rounded by Math.round as the figures always were (Intl would round the decimal, not the double), then set in the language ("28 %" in French). */
function percent(num: number, den: number, locale: string): string {
  return numberFormat(locale, { style: "percent" }).format(Math.round((num / den) * 100) / 100);
}

/** A cell as text, in the reader's language (the page's unless one is given): for the page and the charts. */
export function cellText(cell: ReportCell, locale: string = currentLocale()): string {
  switch (cell.kind) {
    case "people":
    case "number":
      return numberFormat(locale).format(cell.n);
    case "share":
      return cell.den === 0 ? word(locale, "noFigure") : percent(cell.num, cell.den, locale);
    case "text":
      return cell.text;
    case "suppressed":
      return word(locale, "fewerThan");
  }
}

/** A cell as a spreadsheet value: numbers stay numbers so that offices can add them up; a hidden one is its words in the reader's language. */
export function cellValue(cell: ReportCell, locale: string): string | number | null {
  switch (cell.kind) {
    case "people":
    case "number":
      return cell.n;
    case "share":
      return cell.den === 0 ? null : Math.round((cell.num / cell.den) * 1000) / 10;
    case "text":
      return cell.text;
    case "suppressed":
      return word(locale, "fewerThan");
  }
}

/** The number a chart draws for a cell, or null when it must not be drawn (suppressed or not a figure). */
export function cellAmount(cell: ReportCell | undefined): number | null {
  if (!cell) return null;
  if (cell.kind === "people" || cell.kind === "number") return cell.n;
  if (cell.kind === "share") return cell.den === 0 ? null : cell.num / cell.den;
  return null;
}

/**
 * Complementary suppression, for a protected table whose rows add up to a figure the reader sees elsewhere (a
 * total on the page, or a region's or group's row in another table). Where, in one column, such a set of rows has
 * exactly one hidden count, that count is the total minus the others; so the next is hidden too: the first row of
 * `prefer` still shown (a row that is broken down nowhere, such as "not recorded"), else the smallest shown count.
 * `sets` lists the row indexes that add up to a shown figure; they may overlap (a country is in its region and in
 * ASEAN), so the rule is applied again until no set has a single hidden count. Cells of other kinds are left alone.
 */
export function protectSums(table: ReportTable, sets: number[][], prefer: number[] = []): ReportTable {
  const rows = table.rows.map((row) => [...row]);
  const width = Math.max(0, ...rows.map((row) => row.length));
  const count = (i: number, j: number) => {
    const cell = rows[i]![j]!;
    return cell.kind === "people" ? cell.n : -1;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let j = 1; j < width; j++)
      for (const set of sets) {
        const hidden = set.filter((i) => rows[i]![j]?.kind === "suppressed");
        const shown = set.filter((i) => rows[i]![j]?.kind === "people");
        if (hidden.length !== 1 || shown.length === 0) continue;
        const pick =
          prefer.find((i) => shown.includes(i)) ?? shown.reduce((a, b) => (count(b, j) < count(a, j) ? b : a));
        rows[pick]![j] = { kind: "suppressed" };
        changed = true;
      }
  }
  return { ...table, rows };
}
