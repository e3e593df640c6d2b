import { COUNTRY_GROUPS, M49_REGIONS, M49_SUBREGIONS, UNESCO_REGIONS, countryName, type Locale } from "@/lib/geo";
import type { Phrase, Said } from "./types";

/** A translator of the `selection.explain` messages: next-intl's `t`, or use-intl's in tests. */
export type ExplainTranslator = (key: string, values: Record<string, string | number>) => string;

const isPhrase = (said: Said): said is Phrase => typeof said === "object" && "key" in said;

/**
 * A group of countries named in the reader's language: a built-in grouping by its reference, an office's own
 * by the name it was stored with (that is its people's text, as written).
 */
export function groupName(ref: string, label: string, locale: Locale): string {
  if (ref.startsWith("m49:")) {
    const code = ref.slice(4);
    const found = [...M49_REGIONS, ...M49_SUBREGIONS].find((r) => r.code === code);
    if (found) return found.name[locale];
  }
  if (ref.startsWith("unesco:")) {
    const found = UNESCO_REGIONS.find((r) => `unesco:${r.code}` === ref);
    if (found) return `${found.name[locale]} (UNESCO)`;
  }
  return COUNTRY_GROUPS.find((g) => g.code === ref)?.name[locale] ?? label;
}

/**
 * What lib/selection says, in the reader's language. Numbers and words for a select go to the message as they
 * are; names are looked up; nested phrases and lists are said first. English lists take no serial comma, as the
 * English sentences lib/selection keeps do ("Seats, Per country and Gender band").
 */
export function say(t: ExplainTranslator, locale: Locale, said: Said): string {
  if (typeof said === "number") return new Intl.NumberFormat(locale).format(said);
  if (typeof said === "string") return said;
  if (isPhrase(said)) {
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(said.values ?? {}))
      values[name] = typeof value === "number" || typeof value === "string" ? value : say(t, locale, value);
    return t(said.key, values);
  }
  if ("country" in said) return countryName(said.country, locale);
  if ("region" in said) return UNESCO_REGIONS.find((r) => r.code === said.region)?.name[locale] ?? said.region;
  if ("group" in said) return groupName(said.group, said.label, locale);
  const items = said.list.map((item) => say(t, locale, item));
  if (said.join === "comma") return items.join(", ");
  return new Intl.ListFormat(locale === "en" ? "en-GB" : locale, { type: "conjunction" }).format(items);
}
