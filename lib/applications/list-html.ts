import { formatDateTime } from "@/lib/format";
import { countryName } from "@/lib/geo";
import { countryOptionsHtml, regionOptionsHtml } from "@/lib/geo/options-html";
import { html, type Html } from "@/lib/markup";
import {
  BUTTON_CLASS,
  CONTROL_CLASS,
  INPUT_CLASS,
  LABEL_CLASS,
  optionsHtml,
  tableHtml,
  type Labels,
  type SelectOption,
} from "@/lib/markup-controls";
import { FILTER_GENDERS, FILTER_STATUSES, filtersToQuery, SORTS, type ApplicationFilters } from "./admin-filters";

/**
 * A call's application list as markup (lib/markup.ts says why): its filter form, with a select of every country,
 * and its page of applications were most of what the page cost the server as React elements. Its links are
 * followed as next/link's are by components/ui/markup.tsx (`links`).
 */

const DASH = "—";

/** What the list's markup reads: the page's messages and the call's own labels. */
export type ListLabels = {
  /** The "callAdmin" messages. */
  t: Labels;
  /** An application status's name. */
  status: (status: string) => string;
  /** A gender as the list shows it, with the words of "another" when given. */
  gender: (gender: string, other: string | null) => string;
};

function selectHtml(id: string, label: string, name: string, any: string | null, options: Html): Html {
  return html`<div class="space-y-1"><label class="${LABEL_CLASS}" for="${id}">${label}</label><select class="${CONTROL_CLASS}" id="${id}" name="${name}">${
    any === null ? null : html`<option value="">${any}</option>`
  }${options}</select></div>`;
}

/** The counts per status (each a link to the list of that status) and the filter form, its choices kept. */
export function applicationFiltersHtml({
  base,
  filters,
  perStatus,
  tracks,
  nominators,
  labels: { t, status, gender },
}: {
  base: string;
  filters: ApplicationFilters;
  perStatus: Record<string, number>;
  tracks: readonly SelectOption[];
  nominators: readonly SelectOption[];
  labels: ListLabels;
}): Html {
  const any = t("any");
  const unpaged = { ...filters, after: undefined, before: undefined };
  const counts = FILTER_STATUSES.filter((s) => perStatus[s]).map(
    (s) =>
      html`<li><a href="${base}${filtersToQuery({ ...unpaged, status: s })}" class="inline-flex items-center gap-1 rounded-full border px-3 py-1 hover:bg-accent"${
        filters.status === s ? html` aria-current="true"` : null
      }>${status(s)}: <strong>${perStatus[s]}</strong></a></li>`,
  );
  return html`<nav aria-label="${t("countsPerStatus")}"><ul class="flex flex-wrap gap-2 text-sm">${counts}</ul></nav><form role="search" aria-label="${t("filter")}" action="${base}" class="grid gap-3 rounded-lg border p-4 sm:grid-cols-2 lg:grid-cols-4"><div class="space-y-1 sm:col-span-2"><label class="${LABEL_CLASS}" for="f-q">${t("search")}</label><input class="${INPUT_CLASS}" id="f-q" name="q" type="search" value="${filters.q ?? ""}"></div>${[
    selectHtml(
      "f-status",
      t("status"),
      "status",
      any,
      optionsHtml(
        FILTER_STATUSES.map((s) => ({ value: s, label: status(s) })),
        filters.status,
      ),
    ),
    selectHtml("f-country", t("country"), "country", any, countryOptionsHtml(filters.country)),
    selectHtml("f-region", t("region"), "region", any, regionOptionsHtml(filters.region)),
    selectHtml(
      "f-gender",
      t("gender"),
      "gender",
      any,
      optionsHtml(
        FILTER_GENDERS.map((g) => ({ value: g, label: gender(g, null) })),
        filters.gender,
      ),
    ),
    tracks.length ? selectHtml("f-track", t("track"), "track", any, optionsHtml(tracks, filters.track)) : null,
    selectHtml(
      "f-eligibility",
      t("eligibility"),
      "eligibility",
      any,
      optionsHtml(
        [
          { value: "eligible", label: t("eligible") },
          { value: "ineligible", label: t("ineligible") },
        ],
        filters.eligibility,
      ),
    ),
    nominators.length
      ? selectHtml("f-nominated", t("nominatedBy"), "nominatedBy", any, optionsHtml(nominators, filters.nominatedBy))
      : null,
    selectHtml(
      "f-sort",
      t("sort"),
      "sort",
      null,
      optionsHtml(
        SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) })),
        filters.sort,
      ),
    ),
  ]}<div class="flex items-end gap-2"><button type="submit" class="${BUTTON_CLASS}">${t("apply")}</button><a href="${base}" class="text-sm underline">${t("clear")}</a></div></form>`;
}

export type ListedApplication = {
  id: string;
  reference: string;
  status: string;
  submittedAt: Date | null;
  name: string;
  nationality: string | null;
  gender: string;
  genderOther: string | null;
  organisation: string | null;
  nominatedBy: string | null;
};

// components/ui/badge's outline variant.
const OUTLINE_BADGE =
  "inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold text-foreground";

/** A page of applications (or the sentence that none matches), then the links to the pages before and after. */
export function applicationsPageHtml({
  base,
  filters,
  items,
  next,
  previous,
  timeZone,
  labels: { t, status, gender },
}: {
  base: string;
  filters: ApplicationFilters;
  items: readonly ListedApplication[];
  next: string | null | undefined;
  previous: string | null | undefined;
  timeZone: string;
  labels: ListLabels;
}): Html {
  const unpaged = { ...filters, after: undefined, before: undefined };
  const list = items.length
    ? tableHtml(
        [t("reference"), t("name"), t("country"), t("gender"), t("organisation"), t("status"), t("submitted")],
        items.map(
          (a) =>
            html`<tr><td><a href="${base}/${a.id}" class="font-medium text-primary hover:underline">${a.reference}</a></td><td>${a.name}${
              a.nominatedBy
                ? html`<span class="block text-xs text-muted-foreground">${t("nominatedByName", { name: a.nominatedBy })}</span>`
                : null
            }</td><td>${a.nationality ? countryName(a.nationality) : DASH}</td><td>${gender(a.gender, a.genderOther)}</td><td>${a.organisation ?? DASH}</td><td><span class="${OUTLINE_BADGE}">${status(a.status)}</span></td><td>${a.submittedAt ? formatDateTime(a.submittedAt, timeZone) : DASH}</td></tr>`,
        ),
      )
    : html`<p>${t("noMatch")}</p>`;
  const pages =
    next || previous
      ? html`<nav aria-label="${t("pagination")}" class="flex items-center gap-4 text-sm">${
          previous ? html`<a href="${base}${filtersToQuery(unpaged, { before: previous })}">${t("previous")}</a>` : null
        }${next ? html`<a href="${base}${filtersToQuery(unpaged, { after: next })}">${t("next")}</a>` : null}</nav>`
      : null;
  return html`${list}${pages}`;
}
