import { describe, expect, it } from "vitest";
import { countryName } from "@/lib/geo";
import { escapeHtml, fromPayload, toPayload } from "@/lib/markup";
import { parseFilters } from "./admin-filters";
import { applicationFiltersHtml, applicationsPageHtml, type ListedApplication, type ListLabels } from "./list-html";

const XSS = "<img src=x onerror=alert(1)>";
const HOSTILE = `${XSS}<script>alert("x")</script> & 'q'`;
const ESCAPED = escapeHtml(HOSTILE);
const labels: ListLabels = {
  t: (key, values) => (values ? `${key} ${JSON.stringify(values)}` : key),
  status: (status) => `status:${status}`,
  gender: (gender, other) => (other ? `${gender}: ${other}` : gender),
};
const BASE = "/admin/calls/c1/applications";

/** The tags this markup may hold: anything else came from data that was not escaped. */
const ALLOWED_TAGS = new Set(
  "a button div form input label li nav option p select span strong table tbody td th thead tr ul".split(" "),
);
const foreignTags = (markup: string) =>
  [...new Set([...markup.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()))].filter(
    (tag) => !ALLOWED_TAGS.has(tag),
  );
const selectedIn = (markup: string, id: string) => {
  const select = markup.slice(markup.indexOf(`id="${id}"`), markup.indexOf("</select>", markup.indexOf(`id="${id}"`)));
  return [...select.matchAll(/<option value="([^"]*)" selected="">/g)].map((m) => m[1]);
};

const application = (overrides: Partial<ListedApplication> = {}): ListedApplication => ({
  id: "a1",
  reference: "MDG-1",
  status: "submitted",
  submittedAt: new Date("2026-03-01T10:00:00Z"),
  name: "Ana",
  nationality: "KR",
  gender: "woman",
  genderOther: null,
  organisation: "Org",
  nominatedBy: null,
  ...overrides,
});

describe("a call's application list as markup", () => {
  it("escapes every text from the database: names, organisations, references, nominators, the search", () => {
    const filters = parseFilters({ q: HOSTILE.slice(0, 200) });
    const markups = [
      applicationFiltersHtml({
        base: BASE,
        filters,
        perStatus: { submitted: 3 },
        tracks: [{ value: "t1", label: HOSTILE }],
        nominators: [{ value: "n1", label: HOSTILE }],
        labels,
      }),
      applicationsPageHtml({
        base: BASE,
        filters,
        items: [
          application({
            reference: HOSTILE,
            name: HOSTILE,
            organisation: HOSTILE,
            nominatedBy: HOSTILE,
            gender: "another",
            genderOther: HOSTILE,
          }),
        ],
        next: HOSTILE,
        previous: null,
        timeZone: "Asia/Seoul",
        labels,
      }),
    ];
    for (const markup of markups) {
      expect(foreignTags(markup.value)).toEqual([]);
      expect(markup.value).toContain(escapeHtml(XSS));
      expect(markup.value).not.toContain(XSS);
      expect(fromPayload(toPayload(markup))).toBe(markup.value);
    }
    expect(markups[0]!.value).toContain(`value="${escapeHtml(HOSTILE.slice(0, 200).trim())}"`);
    expect(markups[1]!.value).toContain(`<td>${ESCAPED}<span class="block text-xs text-muted-foreground">`);
  });

  it("keeps the value of every filter after filtering, and marks the status shown", () => {
    const filters = parseFilters({
      status: "shortlisted",
      country: "KR",
      region: "asia_pacific",
      gender: "non_binary",
      track: "00000000-0000-4000-8000-000000000001",
      eligibility: "ineligible",
      nominatedBy: "00000000-0000-4000-8000-000000000002",
      sort: "name",
    });
    const markup = applicationFiltersHtml({
      base: BASE,
      filters,
      perStatus: { submitted: 3, shortlisted: 2, draft: 0 },
      tracks: [{ value: "00000000-0000-4000-8000-000000000001", label: "Track" }],
      nominators: [{ value: "00000000-0000-4000-8000-000000000002", label: "Org" }],
      labels,
    }).value;
    expect(selectedIn(markup, "f-status")).toEqual(["shortlisted"]);
    expect(selectedIn(markup, "f-country")).toEqual(["KR"]);
    expect(selectedIn(markup, "f-region")).toEqual(["asia_pacific"]);
    expect(selectedIn(markup, "f-gender")).toEqual(["non_binary"]);
    expect(selectedIn(markup, "f-track")).toEqual(["00000000-0000-4000-8000-000000000001"]);
    expect(selectedIn(markup, "f-eligibility")).toEqual(["ineligible"]);
    expect(selectedIn(markup, "f-nominated")).toEqual(["00000000-0000-4000-8000-000000000002"]);
    expect(selectedIn(markup, "f-sort")).toEqual(["name"]);
    // A status with no application has no count; the one shown is marked.
    expect(markup).not.toContain("status:draft:");
    expect(markup).toContain(`aria-current="true">status:shortlisted: <strong>2</strong>`);
    expect(markup).toMatch(/<a href="[^"]*status=submitted[^"]*"[^>]*>status:submitted: <strong>3<\/strong>/);
    expect(markup).toContain(`<label class="text-sm font-medium leading-none`);
    expect(markup).toContain(`for="f-country">country</label>`);
  });

  it("leaves out the track and nominator filters a call does not have", () => {
    const markup = applicationFiltersHtml({
      base: BASE,
      filters: parseFilters({}),
      perStatus: {},
      tracks: [],
      nominators: [],
      labels,
    }).value;
    expect(markup).not.toContain("f-track");
    expect(markup).not.toContain("f-nominated");
    expect(selectedIn(markup, "f-sort")).toEqual(["submitted_desc"]);
    expect(selectedIn(markup, "f-country")).toEqual([]);
  });

  it("links each reference to its application, shows a missing value as a dash, and links the pages around", () => {
    const filters = parseFilters({ status: "submitted", after: "cursor" });
    const markup = applicationsPageHtml({
      base: BASE,
      filters,
      items: [
        application(),
        application({ id: "a2", reference: "MDG-2", nationality: null, organisation: null, submittedAt: null }),
      ],
      next: "n",
      previous: "p",
      timeZone: "Asia/Seoul",
      labels,
    }).value;
    expect(markup).toContain(`<a href="${BASE}/a1" class="font-medium text-primary hover:underline">MDG-1</a>`);
    expect(markup).toContain(`<td>${escapeHtml(countryName("KR"))}</td>`);
    expect(markup).toContain(
      `<a href="${BASE}/a2" class="font-medium text-primary hover:underline">MDG-2</a></td><td>Ana</td><td>—</td><td>woman</td><td>—</td>`,
    );
    expect(markup).toContain(`<nav aria-label="pagination"`);
    expect(markup).toContain(`<a href="${BASE}?status=submitted&amp;before=p">previous</a>`);
    expect(markup).toContain(`<a href="${BASE}?status=submitted&amp;after=n">next</a>`);
  });

  it("says that nothing matches, without pages, when the page is empty", () => {
    const markup = applicationsPageHtml({
      base: BASE,
      filters: parseFilters({}),
      items: [],
      next: null,
      previous: null,
      timeZone: "UTC",
      labels,
    }).value;
    expect(markup).toBe("<p>noMatch</p>");
  });
});
