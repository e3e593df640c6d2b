"use client";

import { useFormatter, useTranslations } from "next-intl";
import Form from "next/form";
import Link from "next/link";
import { memo } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect as Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { WorkbenchRow } from "@/lib/decisions/queries";
import type { WorkbenchShow } from "@/lib/decisions/schemas";

/** Where the workbench's list stands: its address, search, filter, and the cursors of the pages beside it. */
export type RankedListPage = {
  path: string;
  q: string;
  show: WorkbenchShow;
  next: string | null;
  previous: string | null;
  page: number;
  pages: number;
};

/**
 * The workbench's ranked pool, one page of it: a search and a filter (a client navigation, so choices not yet
 * saved stay), the table with a choose button per row, and the pages. Choosing is the workbench's
 * (components/selection/workbench.tsx); this list only says which row is pointed at and which is toggled.
 */
export function RankedList({
  rows,
  list,
  chosen,
  decided,
  onPreview,
  onToggle,
}: {
  rows: WorkbenchRow[];
  list: RankedListPage;
  chosen: ReadonlySet<string>;
  decided: boolean;
  onPreview: (id: string | null) => void;
  onToggle: (id: string) => void;
}) {
  const t = useTranslations("selection.workbench");
  const link = (side: "after" | "before", cursor: string) => {
    const search = new URLSearchParams({ [side]: cursor });
    if (list.q) search.set("q", list.q);
    if (list.show !== "all") search.set("show", list.show);
    return `${list.path}?${search}`;
  };

  return (
    <section aria-labelledby="ranked-heading" className="space-y-3">
      <h2 id="ranked-heading" className="text-xl font-semibold">
        {t("rankedHeading")}
      </h2>
      {/* next/form: a search is a client navigation, so choices not yet saved stay. */}
      <Form action={list.path} role="search" className="flex flex-wrap items-end gap-3">
        <div className="w-64">
          <label htmlFor="wb-filter" className="text-sm font-medium">
            {t("filter")}
          </label>
          <Input id="wb-filter" name="q" type="search" defaultValue={list.q} />
        </div>
        <div className="w-56">
          <label htmlFor="wb-show" className="text-sm font-medium">
            {t("show")}
          </label>
          <Select id="wb-show" name="show" defaultValue={list.show}>
            <option value="all">{t("showAll")}</option>
            <option value="chosen">{t("showChosen")}</option>
            <option value="other">{t("showOther")}</option>
          </Select>
        </div>
        <Button type="submit" variant="outline">
          {t("filterButton")}
        </Button>
      </Form>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <RankedTable rows={rows} chosen={chosen} decided={decided} onPreview={onPreview} onToggle={onToggle} />
      )}
      {list.next || list.previous ? (
        <nav aria-label={t("pagination")} className="flex items-center gap-4 text-sm">
          {list.previous ? (
            <Link href={link("before", list.previous)} className="text-primary underline">
              {t("previous")}
            </Link>
          ) : null}
          <span>{t("page", { page: list.page, pages: list.pages })}</span>
          {list.next ? (
            <Link href={link("after", list.next)} className="text-primary underline">
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

/**
 * The ranked list, memoised: a suggestion arriving, a hover preview or a message does not re-render
 * hundreds of rows; only a change of the rows shown or of who is chosen does.
 */
const RankedTable = memo(function RankedTable({
  rows: visible,
  chosen,
  decided,
  onPreview,
  onToggle,
}: {
  rows: WorkbenchRow[];
  chosen: ReadonlySet<string>;
  decided: boolean;
  onPreview: (id: string | null) => void;
  onToggle: (id: string) => void;
}) {
  const t = useTranslations("selection.workbench");
  const tg = useTranslations("selection.gender");
  const format = useFormatter();
  const fixed = (x: number, digits: number) =>
    format.number(x, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("choice")}</TableHead>
          <TableHead scope="col">{t("rank")}</TableHead>
          <TableHead scope="col">{t("reference")}</TableHead>
          <TableHead scope="col">{t("name")}</TableHead>
          <TableHead scope="col">{t("country")}</TableHead>
          <TableHead scope="col">{t("gender")}</TableHead>
          <TableHead scope="col">{t("score")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {visible.map((r) => {
          const isChosen = chosen.has(r.id);
          return (
            <TableRow
              key={r.id}
              className={isChosen ? "bg-secondary/60" : undefined}
              onMouseEnter={() => onPreview(r.id)}
              onMouseLeave={() => onPreview(null)}
            >
              <TableCell>
                <Button
                  type="button"
                  size="sm"
                  variant={isChosen ? "secondary" : "outline"}
                  disabled={decided}
                  aria-label={`${isChosen ? t("unchoose") : t("choose")} ${r.reference}`}
                  onFocus={() => onPreview(r.id)}
                  onBlur={() => onPreview(null)}
                  onClick={() => onToggle(r.id)}
                >
                  {isChosen ? t("unchoose") : t("choose")}
                </Button>
              </TableCell>
              <TableCell>{r.rank}</TableCell>
              <TableCell className="font-medium">{r.reference}</TableCell>
              <TableCell>{r.name}</TableCell>
              <TableCell>{r.countryName ?? "—"}</TableCell>
              <TableCell>{tg(r.gender ?? "undisclosed")}</TableCell>
              <TableCell className="tabular-nums">
                {r.raw === null ? t("unscored") : fixed(r.raw, 1)}
                {r.normalised !== null ? (
                  <span className="block text-xs text-muted-foreground">
                    {t("zScore", { value: fixed(r.normalised, 2) })}
                  </span>
                ) : null}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
});
