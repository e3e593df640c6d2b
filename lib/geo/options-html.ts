import { optionsHtml, withSelected } from "@/lib/markup-controls";
import type { Html } from "@/lib/markup";
import { countryOptions, localLabel, type CountryOption, type Locale } from "./countries";
import { UNESCO_REGIONS } from "./regions";

// The countries' options, built once per language: countryOptions keeps one list per language, so the list is
// the key.
const countriesMarkup = new WeakMap<readonly CountryOption[], Html>();

/**
 * Every country as an <option> (code as value, name in the page's language, sorted by name), `selected` chosen:
 * the markup form of countryOptions() for any page's country filter or field (lib/markup-controls.ts says why).
 */
export function countryOptionsHtml(selected?: string, locale?: Locale): Html {
  const options = countryOptions(locale);
  let markup = countriesMarkup.get(options);
  if (!markup) {
    markup = optionsHtml(options.map((c) => ({ value: c.code, label: c.name })));
    countriesMarkup.set(options, markup);
  }
  return withSelected(markup, selected);
}

/** The five UNESCO regions as <option>s (code as value, name in the page's language), `selected` chosen. */
export function regionOptionsHtml(selected?: string, locale?: Locale): Html {
  return optionsHtml(
    UNESCO_REGIONS.map((r) => ({ value: r.code, label: localLabel(r.name, locale) })),
    selected,
  );
}
