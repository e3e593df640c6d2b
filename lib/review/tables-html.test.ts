import { describe, expect, it } from "vitest";
import { countryName } from "@/lib/geo";
import { escapeHtml, fromPayload, toPayload } from "@/lib/markup";
import { assignmentsTableHtml, queueTableHtml, rankingTableHtml, reviewersTableHtml } from "./tables-html";

const HOSTILE = `<script>alert("x")</script><img src=x onerror='y'> & "q"`;
const ESCAPED = escapeHtml(HOSTILE);
const labels = (key: string, values?: Record<string, string | number>) =>
  values ? `${key} ${JSON.stringify(values)} ${HOSTILE}` : `${key} ${HOSTILE}`;

/** The tags these tables may hold: anything else came from data that was not escaped. */
const ALLOWED_TAGS = new Set("a button div li span table tbody td th thead tr ul".split(" "));
const foreignTags = (markup: string) =>
  [...new Set([...markup.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()))].filter(
    (tag) => !ALLOWED_TAGS.has(tag),
  );
const rowsOf = (markup: string) => markup.split("<tr>").slice(2);
const cellsOf = (row: string) => [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!);

describe("the review overview's and the ranking's tables as markup", () => {
  it("escape every text they are given, from the database and from the messages", () => {
    const markups = [
      reviewersTableHtml(
        [
          {
            id: "r1",
            name: HOSTILE,
            email: HOSTILE,
            organisation: HOSTILE,
            country: HOSTILE,
            assigned: 1,
            submitted: 2,
            conflicts: 3,
          },
        ],
        labels,
      ),
      assignmentsTableHtml(
        [
          {
            reference: HOSTILE,
            name: HOSTILE,
            reviews: [{ id: HOSTILE, reviewerId: HOSTILE, reviewerName: HOSTILE, status: "assigned", version: 1 }],
          },
        ],
        labels,
      ),
      rankingTableHtml(
        [
          {
            rank: 1,
            reference: HOSTILE,
            name: HOSTILE,
            country: HOSTILE,
            reviews: 2,
            criteria: {},
            raw: null,
            normalised: null,
          },
        ],
        [{ id: HOSTILE, label: HOSTILE, weight: 1, max: 10 }],
        labels,
      ),
      queueTableHtml(
        [
          {
            applicationId: HOSTILE,
            reference: HOSTILE,
            name: HOSTILE,
            country: HOSTILE,
            callTitle: HOSTILE,
            status: "draft",
          },
        ],
        labels,
      ),
    ];
    for (const markup of markups) {
      expect(foreignTags(markup.value)).toEqual([]);
      expect(markup.value).toContain(ESCAPED);
      expect(markup.value).not.toContain(HOSTILE);
      expect(fromPayload(toPayload(markup))).toBe(markup.value);
    }
  });

  it("list each reviewer with their load, in the order given, a missing organisation or country as a dash", () => {
    const markup = reviewersTableHtml(
      [
        {
          id: "a",
          name: "Ana",
          email: "ana@x",
          organisation: null,
          country: "KR",
          assigned: 4,
          submitted: 3,
          conflicts: 0,
        },
        {
          id: "b",
          name: "Bo",
          email: "bo@x",
          organisation: "Org",
          country: null,
          assigned: 0,
          submitted: 0,
          conflicts: 2,
        },
      ],
      labels,
    ).value;
    const rows = rowsOf(markup).map(cellsOf);
    expect(rows).toEqual([
      [`Ana<span>ana@x</span>`, "—", countryName("KR"), "4", "3", "0"],
      [`Bo<span>bo@x</span>`, "Org", "—", "0", "0", "2"],
    ]);
  });

  it("give a reassign button to open reviews only, carrying the review and the application's reviewers", () => {
    const statuses = ["assigned", "draft", "submitted", "conflict"];
    const markup = assignmentsTableHtml(
      [
        {
          reference: "REF-1",
          name: "Applicant",
          reviews: statuses.map((status, i) => ({
            id: `review-${i}`,
            reviewerId: `reviewer-${i}`,
            reviewerName: `Reviewer ${i}`,
            status,
            version: i + 7,
          })),
        },
        { reference: "REF-2", name: "Nobody yet", reviews: [] },
      ],
      labels,
    ).value;
    const buttons = [...markup.matchAll(/<button([^>]*)>/g)].map((m) => m[1]!);
    expect(buttons).toHaveLength(2);
    for (const [i, button] of buttons.entries()) {
      expect(button).toContain(`data-review="review-${i}"`);
      expect(button).toContain(`data-version="${i + 7}"`);
      expect(button).toContain(`data-reference="REF-1"`);
      expect(button).toContain(`data-current="Reviewer ${i}"`);
      expect(button).toContain(`data-exclude="reviewer-0 reviewer-1 reviewer-2 reviewer-3"`);
      expect(button).toContain(
        `aria-label="${escapeHtml(labels("reassignLabel", { reference: "REF-1", name: `Reviewer ${i}` }))}"`,
      );
    }
    for (const status of statuses) expect(markup).toContain(escapeHtml(labels(`reviewStatus.${status}`)));
    const [, second] = rowsOf(markup);
    expect(second).toContain(escapeHtml(labels("unassigned")));
  });

  it("show a ranked row's figures as the ranking page always did: one decimal, the normalised score signed with two", () => {
    const rubric = [
      { id: "potential", label: "Potential", weight: 1, max: 10 },
      { id: "fit", label: "Fit", weight: 1, max: 10 },
    ];
    const markup = rankingTableHtml(
      [
        {
          rank: 3,
          reference: "R-3",
          name: "Three",
          country: "FR",
          reviews: 2,
          criteria: { potential: 7.25, fit: null },
          raw: 6.04,
          normalised: 0.5,
        },
        {
          rank: 4,
          reference: "R-4",
          name: "Four",
          country: null,
          reviews: 0,
          criteria: {},
          raw: null,
          normalised: -1.234,
        },
      ],
      rubric,
      labels,
    ).value;
    expect(markup).toContain(`<th scope="col" title="Potential">potential</th>`);
    expect(rowsOf(markup).map(cellsOf)).toEqual([
      ["3", "R-3", "Three", countryName("FR"), "2", (7.25).toFixed(1), "—", (6.04).toFixed(1), "+0.50"],
      ["4", "R-4", "Four", "—", "0", "—", "—", "—", "-1.23"],
    ]);
    // In French the decimals take a comma and the country its French name.
    const french = rankingTableHtml(
      [
        {
          rank: 1,
          reference: "R-1",
          name: "One",
          country: "DE",
          reviews: 1,
          criteria: {},
          raw: 6.04,
          normalised: -1.234,
        },
      ],
      [],
      labels,
      "fr",
    ).value;
    expect(rowsOf(french).map(cellsOf)).toEqual([["1", "R-1", "One", "Allemagne", "1", "6,0", "-1,23"]]);
  });

  it("link each queued application to its review, and say so where an anonymised call withholds the name", () => {
    const markup = queueTableHtml(
      [
        {
          applicationId: "a1",
          reference: "REF-1",
          name: "Named Person",
          country: "KR",
          callTitle: "Call",
          status: "submitted",
        },
        { applicationId: "a2", reference: "REF-2", name: null, country: null, callTitle: "Call", status: "assigned" },
      ],
      labels,
    ).value;
    const rows = rowsOf(markup).map(cellsOf);
    expect(rows.map((cells) => cells[0])).toEqual([
      `<a href="/review/a1" class="font-medium text-primary underline">REF-1</a>`,
      `<a href="/review/a2" class="font-medium text-primary underline">REF-2</a>`,
    ]);
    expect(rows.map((cells) => cells.slice(2, 4))).toEqual([
      [countryName("KR"), "Call"],
      ["—", "Call"],
    ]);
    expect(rows[0]![1]).toBe("Named Person");
    expect(rows[1]![1]).toContain(escapeHtml(labels("anonymised")));
    expect(rows[0]![4]).toContain(escapeHtml(labels("reviewStatus.submitted")));
    expect(rows[1]![4]).toContain(escapeHtml(labels("reviewStatus.assigned")));
  });
});
