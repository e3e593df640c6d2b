import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/markup";
import { countryOptions, LOCALES, localLabel } from "./countries";
import { countryOptionsHtml, regionOptionsHtml } from "./options-html";
import { UNESCO_REGIONS } from "./regions";

const optionsOf = (markup: string) =>
  [...markup.matchAll(/<option value="([^"]*)"( selected="")?>([^<]*)<\/option>/g)].map((m) => ({
    value: m[1]!,
    selected: Boolean(m[2]),
    label: m[3]!,
  }));

describe("country options as markup", () => {
  it("list every country of countryOptions, in its order and language, names escaped", () => {
    for (const locale of LOCALES) {
      const options = optionsOf(countryOptionsHtml(undefined, locale).value);
      expect(options).toEqual(
        countryOptions(locale).map((c) => ({ value: c.code, selected: false, label: escapeHtml(c.name) })),
      );
    }
    // A name with an apostrophe comes out escaped.
    expect(countryOptionsHtml(undefined, "en").value).toContain(`<option value="CI">Côte d&#39;Ivoire</option>`);
  });

  it("mark the chosen country only, and none for an unknown code", () => {
    const chosen = optionsOf(countryOptionsHtml("KR", "en").value).filter((o) => o.selected);
    expect(chosen).toEqual([{ value: "KR", selected: true, label: "Republic of Korea" }]);
    expect(optionsOf(countryOptionsHtml("ZZ", "en").value).some((o) => o.selected)).toBe(false);
    expect(countryOptionsHtml(`"><img src=x onerror=alert(1)>`, "en").value).not.toContain("<img");
    // Built once per language: the kept markup is not changed by a choice.
    expect(optionsOf(countryOptionsHtml(undefined, "en").value).some((o) => o.selected)).toBe(false);
  });
});

describe("region options as markup", () => {
  it("list the five regions in the page's language, the chosen one marked", () => {
    expect(optionsOf(regionOptionsHtml("europe_north_america", "fr").value)).toEqual(
      UNESCO_REGIONS.map((r) => ({
        value: r.code,
        selected: r.code === "europe_north_america",
        label: escapeHtml(localLabel(r.name, "fr")),
      })),
    );
  });
});
