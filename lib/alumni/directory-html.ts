import { countryName } from "@/lib/geo";
import { countryOptionsHtml, regionOptionsHtml } from "@/lib/geo/options-html";
import { html, type Html } from "@/lib/markup";
import { BUTTON_CLASS, CONTROL_CLASS, INPUT_CLASS, optionsHtml, type Labels } from "@/lib/markup-controls";
import type { DirectoryParams } from "./schemas";
import type { VisibleAlumnus } from "./visibility";

/**
 * The directory's filter form and its cards as markup (lib/markup.ts says why): a select of every country and a
 * card of a dozen elements per alumnus were most of what the directory cost the server as React elements. Its
 * links are followed as next/link's are by components/ui/markup.tsx (`links`).
 */

const field = (id: string, label: string, control: Html) =>
  html`<div class="space-y-1"><label for="${id}" class="text-sm font-medium">${label}</label>${control}</div>`;

const input = (id: string, name: string, value: string | undefined, type?: string) =>
  html`<input class="${INPUT_CLASS}"${type ? html` type="${type}"` : null} id="${id}" name="${name}" value="${value ?? ""}">`;

const select = (id: string, name: string, any: string, options: Html) =>
  html`<select class="${CONTROL_CLASS}" id="${id}" name="${name}"><option value="">${any}</option>${options}</select>`;

/**
 * The directory's filters, a plain GET form (it works without JavaScript, and every search is a link that can be
 * shared), each field showing its value (t: the "alumni" messages).
 */
export function directoryFiltersHtml({
  action,
  params,
  programmes,
  years,
  t,
}: {
  action: string;
  params: Partial<DirectoryParams>;
  programmes: readonly { slug: string; title: string }[];
  years: readonly number[];
  t: Labels;
}): Html {
  const any = t("any");
  return html`<form role="search" action="${action}" class="grid gap-3 rounded-lg border p-4 sm:grid-cols-2 lg:grid-cols-4">${[
    field("f-q", t("search"), input("f-q", "q", params.q, "search")),
    field("f-country", t("country"), select("f-country", "country", any, countryOptionsHtml(params.country))),
    field("f-region", t("region"), select("f-region", "region", any, regionOptionsHtml(params.region))),
    field("f-field", t("field"), input("f-field", "field", params.field)),
    field("f-language", t("language"), input("f-language", "language", params.language)),
    field("f-expertise", t("expertise"), input("f-expertise", "expertise", params.expertise)),
    field(
      "f-programme",
      t("programme"),
      select(
        "f-programme",
        "programme",
        any,
        optionsHtml(
          programmes.map((p) => ({ value: p.slug, label: p.title })),
          params.programme,
        ),
      ),
    ),
    field(
      "f-year",
      t("year"),
      select(
        "f-year",
        "year",
        any,
        optionsHtml(
          years.map((y) => ({ value: String(y), label: String(y) })),
          params.year ? String(params.year) : undefined,
        ),
      ),
    ),
  ]}<div class="flex items-end gap-3 sm:col-span-2 lg:col-span-4"><button type="submit" class="${BUTTON_CLASS}">${t("apply")}</button><a href="${action}" class="text-sm text-primary underline">${t("reset")}</a></div></form>`;
}

// components/ui/badge's secondary variant.
const SECONDARY_BADGE =
  "inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold border-transparent bg-secondary text-secondary-foreground";

const labelled = (label: string, text: string) =>
  html`<p class="text-sm"><span class="font-medium">${label}:</span> ${text}</p>`;

/**
 * A directory card. It shows only the keys the privacy core (lib/alumni/visibility.ts) left in, so it cannot show
 * a hidden field (t: the "alumni" messages).
 */
export function alumnusCardHtml(alumnus: VisibleAlumnus, t: Labels): Html {
  const work = [alumnus.position, alumnus.organisation].filter(Boolean).join(", ");
  const heading = `alumnus-${alumnus.userId}`;
  return html`<article class="h-full space-y-2 rounded-lg border bg-card p-4" aria-labelledby="${heading}"><div class="flex flex-wrap items-center gap-2"><h2 id="${heading}" class="text-base font-semibold"><a href="/alumni/profile/${alumnus.userId}" class="hover:underline">${alumnus.name}</a></h2>${
    alumnus.expert ? html`<span class="${SECONDARY_BADGE}">${t("expertBadge")}</span>` : null
  }</div>${work ? html`<p class="text-sm">${work}</p>` : null}${
    alumnus.country ? html`<p class="text-sm text-muted-foreground">${countryName(alumnus.country)}</p>` : null
  }${alumnus.fields?.length ? labelled(t("fields"), alumnus.fields.join(", ")) : null}${
    alumnus.languages?.length ? labelled(t("languages"), alumnus.languages.join(", ")) : null
  }${alumnus.expert ? labelled(t("expertAreas"), alumnus.expert.areas.join(", ")) : null}${
    alumnus.email
      ? html`<p class="text-sm"><span class="font-medium">${t("email")}:</span> <a href="mailto:${alumnus.email}" class="text-primary underline">${alumnus.email}</a></p>`
      : null
  }${
    alumnus.cohorts.length
      ? html`<p class="text-xs text-muted-foreground">${alumnus.cohorts.map((c) => c.cohortTitle).join(" · ")}</p>`
      : null
  }</article>`;
}

/** Alumni as a grid of cards (the directory's and the experts' roster's). */
export function alumnusCardsHtml(alumni: readonly VisibleAlumnus[], t: Labels): Html {
  return html`<ul class="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">${alumni.map(
    (alumnus) => html`<li>${alumnusCardHtml(alumnus, t)}</li>`,
  )}</ul>`;
}
