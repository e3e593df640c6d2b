import { currentLocale, formatNumber } from "@/lib/format";
import { countryName, type Locale } from "@/lib/geo";
import { html, type Html } from "@/lib/markup";
import { tableHtml } from "@/lib/markup-controls";
import type { RubricCriterion } from "./rubric";

/**
 * The review overview's and the ranking's tables as markup (lib/markup.ts says why): at 200 reviewers and a page
 * of applications, the React elements of components/ui/table (a class merge per cell) and a client component
 * per open review were most of what those pages cost the server. Read-only here; the one thing a row does,
 * reassigning an open review, is a button that components/review/reviewer-tools.tsx (`ReassignTable`) answers.
 */

// A translator of one namespace (next-intl's `t`).
type Labels = (key: string, values?: Record<string, string | number>) => string;

const DASH = "—";

export type ReviewerLoad = {
  id: string;
  name: string;
  email: string;
  organisation: string | null;
  country: string | null;
  assigned: number;
  submitted: number;
  conflicts: number;
};

/** The programme's reviewers with their load (t: the "review" messages). */
export function reviewersTableHtml(reviewers: readonly ReviewerLoad[], t: Labels): Html {
  return tableHtml(
    [t("name"), t("organisation"), t("country"), t("openCount"), t("submittedCount"), t("conflictCount")],
    reviewers.map(
      (r) =>
        html`<tr><td>${r.name}<span>${r.email}</span></td><td>${r.organisation ?? DASH}</td><td>${r.country ? countryName(r.country) : DASH}</td><td>${r.assigned}</td><td>${r.submitted}</td><td>${r.conflicts}</td></tr>`,
    ),
    // The email under each name: set once here, not on two hundred spans.
    "[&_td]:align-middle [&_td>span]:block [&_td>span]:text-xs [&_td>span]:text-muted-foreground",
  );
}

export type AssignedApplication = {
  reference: string;
  name: string;
  reviews: readonly { id: string; reviewerId: string; reviewerName: string; status: string; version: number }[];
};

// components/ui/badge's variants by review status.
const BADGE = "inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold";
const BADGE_BY_STATUS: Record<string, string> = {
  conflict: `${BADGE} border-transparent bg-destructive text-destructive-foreground`,
  submitted: `${BADGE} border-transparent bg-secondary text-secondary-foreground`,
};
const OUTLINE_BADGE = `${BADGE} text-foreground`;
// Each review's line and components/ui/button's small outline button, set once on the table rather than on each
// of up to fifty reviews.
const ASSIGNMENTS_CLASS =
  "[&_td]:align-top [&_li]:flex [&_li]:flex-wrap [&_li]:items-center [&_li]:gap-2 [&_li>button]:inline-flex [&_li>button]:h-9 [&_li>button]:items-center [&_li>button]:justify-center [&_li>button]:whitespace-nowrap [&_li>button]:rounded-md [&_li>button]:border [&_li>button]:border-input [&_li>button]:bg-background [&_li>button]:px-3 [&_li>button]:text-sm [&_li>button]:font-medium [&_li>button]:transition-colors [&_li>button:hover]:bg-accent [&_li>button:hover]:text-accent-foreground [&_li>button:focus-visible]:outline-none [&_li>button:focus-visible]:ring-2 [&_li>button:focus-visible]:ring-ring [&_li>button:focus-visible]:ring-offset-2";

/**
 * A page of applications with their reviewers. An open review (assigned or draft) has a "Reassign" button that
 * carries what the reassign form needs as data attributes: the review, its version, and the application's
 * reviewers, who are not offered.
 */
export function assignmentsTableHtml(applications: readonly AssignedApplication[], t: Labels): Html {
  return tableHtml(
    [t("reference"), t("applicant"), t("reviewersHeading")],
    applications.map((a) => {
      const reviewers = a.reviews.map((r) => r.reviewerId).join(" ");
      const reviews = a.reviews.map((r) => {
        const open = r.status === "assigned" || r.status === "draft";
        const button = open
          ? html`<button type="button" aria-label="${t("reassignLabel", { reference: a.reference, name: r.reviewerName })}" data-review="${r.id}" data-version="${r.version}" data-reference="${a.reference}" data-current="${r.reviewerName}" data-exclude="${reviewers}">${t("reassign")}</button>`
          : null;
        return html`<li><span>${r.reviewerName}</span><span class="${BADGE_BY_STATUS[r.status] ?? OUTLINE_BADGE}">${t(`reviewStatus.${r.status}`)}</span>${button}</li>`;
      });
      const none = a.reviews.length === 0 ? html`<span class="text-muted-foreground">${t("unassigned")}</span>` : null;
      return html`<tr><td class="font-medium">${a.reference}</td><td>${a.name}</td><td>${none}<ul class="space-y-1">${reviews}</ul></td></tr>`;
    }),
    ASSIGNMENTS_CLASS,
  );
}

export type RankedRow = {
  rank: number;
  reference: string;
  name: string;
  country: string | null;
  reviews: number;
  criteria: Record<string, number | null | undefined>;
  raw: number | null;
  normalised: number | null;
};

// Scores in the reader's language (7.5 · 7,5), to a fixed number of decimals.
const fixed = (
  locale: string,
  n: number | null | undefined,
  digits = 1,
  signDisplay: "auto" | "exceptZero" = "auto",
) =>
  n === null || n === undefined
    ? DASH
    : formatNumber(n, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay });

/** A page of the ranking: rank, who, reviews, each criterion's mean, raw and normalised score (t: "selection.ranking"). */
export function rankingTableHtml(
  rows: readonly RankedRow[],
  rubric: readonly RubricCriterion[],
  t: Labels,
  locale = currentLocale(),
): Html {
  return tableHtml(
    [
      t("rank"),
      t("reference"),
      t("name"),
      t("country"),
      t("reviews"),
      ...rubric.map((c) => html`<th scope="col" title="${c.label}">${c.id}</th>`),
      t("raw"),
      t("normalised"),
    ],
    rows.map(
      (a) =>
        html`<tr><td>${a.rank}</td><td class="font-medium">${a.reference}</td><td>${a.name}</td><td>${a.country ? countryName(a.country, locale as Locale) : DASH}</td><td>${a.reviews}</td>${rubric.map((c) => html`<td>${fixed(locale, a.criteria[c.id])}</td>`)}<td>${fixed(locale, a.raw)}</td><td>${fixed(locale, a.normalised, 2, "exceptZero")}</td></tr>`,
    ),
  );
}

export type QueueItem = {
  applicationId: string;
  reference: string;
  /** Null in an anonymised call: the name is never selected. */
  name: string | null;
  country: string | null;
  callTitle: string;
  status: string;
};

// components/ui/badge's secondary and outline variants, as the queue showed them.
const SECONDARY_BADGE = `${BADGE} border-transparent bg-secondary text-secondary-foreground`;

/**
 * A reviewer's page of their queue (t: the "review" messages): each reference opens the review. A plain link in
 * markup: the review is a page of its own, whose form is loaded with it, so a client navigation there saved
 * little, and 25 links and badges as React elements cost the queue more than the rest of it.
 */
export function queueTableHtml(items: readonly QueueItem[], t: Labels): Html {
  return tableHtml(
    [t("reference"), t("applicant"), t("country"), t("call"), t("status")],
    items.map(
      (item) =>
        html`<tr><td><a href="/review/${item.applicationId}" class="font-medium text-primary underline">${item.reference}</a></td><td>${item.name ?? html`<span class="text-muted-foreground">${t("anonymised")}</span>`}</td><td>${item.country ? countryName(item.country) : DASH}</td><td class="max-w-xs truncate">${item.callTitle}</td><td><span class="${item.status === "submitted" ? SECONDARY_BADGE : OUTLINE_BADGE}">${t(`reviewStatus.${item.status}`)}</span></td></tr>`,
    ),
  );
}
