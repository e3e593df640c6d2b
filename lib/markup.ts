/**
 * Markup built as text. A page that shows thousands of cells, bars and shapes that change only with its figures
 * (a report) builds them once as markup instead of React elements: Next serialises and renders every element,
 * attribute by attribute, on every request, and a page sends what it shows twice, as HTML and in React's payload.
 * Where such a block goes in a page, see components/ui/markup.tsx.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

// The three characters that stand for "<", ">" and "&" in React's payload (see toPayload): from Unicode's private
// use area, so no text has them; escapeHtml writes one that a text does hold as a character reference.
const STAND_INS: Record<string, string> = { "<": "\uE000", ">": "\uE001", "&": "\uE002" };

/** Text made safe as HTML content or a quoted attribute value: every character HTML gives a meaning to is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\uE000-\uE002]/g, (c) => ENTITIES[c] ?? `&#${c.charCodeAt(0)};`);
}

/** Markup built by `html`: every text in it was escaped, so it may be set as a page's HTML. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  if (part === null || part === undefined || part === false) return "";
  return escapeHtml(String(part));
}

/**
 * Markup from a template in which every interpolated string or number is escaped, an `Html` is kept as it is,
 * a list is joined and null, undefined and false are left out. Attribute values are always written quoted.
 */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < parts.length; i++) out += render(parts[i]!) + strings[i + 1]!;
  return new Html(out);
}

/**
 * Markup as it travels in React's payload: "<", ">" and "&" replaced by characters no text has. Next writes the
 * payload into the page as script, replacing each of those three characters with its escape one at a time
 * (a function call each): for a report's ≈ 20,000 of them that was the largest single cost of its page.
 */
export function toPayload(markup: Html): string {
  return markup.value
    .replaceAll("<", STAND_INS["<"]!)
    .replaceAll(">", STAND_INS[">"]!)
    .replaceAll("&", STAND_INS["&"]!);
}

// The last payloads given back, by their text: a kept report's payload comes back on every request (a new string
// each time, read from React's payload, but equal), and putting its ≈ 20,000 characters back costs milliseconds.
const GIVEN_BACK_LIMIT = 32;
const givenBack = new Map<string, string>();

/** The markup toPayload was given. */
export function fromPayload(payload: string): string {
  let markup = givenBack.get(payload);
  if (markup === undefined) {
    markup = payload.replaceAll(STAND_INS["<"]!, "<").replaceAll(STAND_INS[">"]!, ">").replaceAll(STAND_INS["&"]!, "&");
    if (givenBack.size >= GIVEN_BACK_LIMIT) givenBack.delete(givenBack.keys().next().value!);
    givenBack.set(payload, markup);
  }
  return markup;
}
