import { describe, expect, it } from "vitest";
import { countryName } from "@/lib/geo";
import { escapeHtml, fromPayload, toPayload } from "@/lib/markup";
import { alumnusCardHtml, alumnusCardsHtml, directoryFiltersHtml } from "./directory-html";
import { directoryParamsSchema } from "./schemas";
import type { VisibleAlumnus } from "./visibility";

const XSS = "<img src=x onerror=alert(1)>";
const HOSTILE = `${XSS}<script>alert("x")</script> & 'q'`;
const ESCAPED = escapeHtml(HOSTILE);
const t = (key: string, values?: Record<string, string | number>) =>
  values ? `${key} ${JSON.stringify(values)}` : key;

/** The tags this markup may hold: anything else came from data that was not escaped. */
const ALLOWED_TAGS = new Set("a article button div form h2 input label li option p select span ul".split(" "));
const foreignTags = (markup: string) =>
  [...new Set([...markup.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()))].filter(
    (tag) => !ALLOWED_TAGS.has(tag),
  );
const selectedIn = (markup: string, id: string) => {
  const at = markup.indexOf(`id="${id}"`);
  return [...markup.slice(at, markup.indexOf("</select>", at)).matchAll(/<option value="([^"]*)" selected="">/g)].map(
    (m) => m[1],
  );
};

const everything: VisibleAlumnus = {
  userId: "u1",
  name: HOSTILE,
  tier: "staff",
  cohorts: [{ programmeId: "p1", programmeTitle: HOSTILE, programmeSlug: "cpi", cohortTitle: HOSTILE, year: 2023 }],
  position: HOSTILE,
  organisation: HOSTILE,
  country: "KZ",
  fields: [HOSTILE, "Dance"],
  languages: [HOSTILE],
  email: `x@y.z${XSS}`,
  expert: { areas: [HOSTILE], availability: null, isPublic: true },
};

describe("the directory as markup", () => {
  it("escapes every text of a card: name, work, fields, languages, expertise, email, cohorts", () => {
    const markup = alumnusCardsHtml([everything], t);
    expect(foreignTags(markup.value)).toEqual([]);
    expect(markup.value).not.toContain(XSS);
    expect(markup.value).toContain(`<a href="/alumni/profile/u1" class="hover:underline">${ESCAPED}</a>`);
    expect(markup.value).toContain(`<p class="text-sm">${ESCAPED}, ${ESCAPED}</p>`);
    expect(markup.value).toContain(`<span class="font-medium">fields:</span> ${ESCAPED}, Dance</p>`);
    expect(markup.value).toContain(`href="mailto:${escapeHtml(everything.email!)}"`);
    expect(markup.value).toContain(`<p class="text-sm text-muted-foreground">${countryName("KZ")}</p>`);
    expect(markup.value).toContain(`<p class="text-xs text-muted-foreground">${ESCAPED}</p>`);
    expect(fromPayload(toPayload(markup))).toBe(markup.value);
  });

  it("names each card by its heading and shows only the fields the privacy core left in", () => {
    const markup = alumnusCardHtml({ userId: "u2", name: "Aigerim", tier: "public", cohorts: [] }, t).value;
    expect(markup).toBe(
      `<article class="h-full space-y-2 rounded-lg border bg-card p-4" aria-labelledby="alumnus-u2"><div class="flex flex-wrap items-center gap-2"><h2 id="alumnus-u2" class="text-base font-semibold"><a href="/alumni/profile/u2" class="hover:underline">Aigerim</a></h2></div></article>`,
    );
  });

  it("keeps the value of every filter after filtering, its options escaped", () => {
    const params = directoryParamsSchema.parse({
      q: HOSTILE,
      country: "kz",
      region: "asia_pacific",
      field: "Dance",
      language: "ko",
      expertise: "heritage",
      programme: "cpi",
      year: "2023",
    });
    const markup = directoryFiltersHtml({
      action: "/alumni/directory",
      params,
      programmes: [
        { slug: "cpi", title: HOSTILE },
        { slug: "other", title: "Other" },
      ],
      years: [2024, 2023],
      t,
    }).value;
    expect(foreignTags(markup)).toEqual([]);
    expect(markup).not.toContain(XSS);
    expect(markup).toContain(`id="f-q" name="q" value="${escapeHtml(params.q!)}"`);
    expect(markup).toContain(`id="f-field" name="field" value="Dance"`);
    expect(markup).toContain(`id="f-language" name="language" value="ko"`);
    expect(markup).toContain(`id="f-expertise" name="expertise" value="heritage"`);
    expect(selectedIn(markup, "f-country")).toEqual(["KZ"]);
    expect(selectedIn(markup, "f-region")).toEqual(["asia_pacific"]);
    expect(selectedIn(markup, "f-programme")).toEqual(["cpi"]);
    expect(selectedIn(markup, "f-year")).toEqual(["2023"]);
    expect(markup).toContain(`<option value="cpi" selected="">${ESCAPED}</option>`);
    expect(markup).toContain(`<label for="f-country" class="text-sm font-medium">country</label>`);
    expect(markup).toContain(`<button type="submit"`);
    expect(markup).toContain(`<a href="/alumni/directory" class="text-sm text-primary underline">reset</a>`);
  });

  it("chooses nothing when no filter is given", () => {
    const markup = directoryFiltersHtml({
      action: "/alumni/directory",
      params: directoryParamsSchema.parse({}),
      programmes: [{ slug: "cpi", title: "CPI" }],
      years: [2023],
      t,
    }).value;
    expect(markup).not.toContain(`selected=""`);
    expect(markup).toContain(`id="f-q" name="q" value=""`);
  });
});
