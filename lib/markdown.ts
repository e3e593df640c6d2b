import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

// Rendering and sanitising a programme's description (≈ 3,000 characters) takes 2–5 ms of server time, on every
// visit to the programme's page, for a text that changes a few times a year. The HTML is a function of the source
// alone, so it is kept, keyed by the source itself: a changed text is a new key, and nothing is ever stale. Bounded
// in count and in size (a source over 50,000 characters is rendered each time), the oldest dropped first.
const KEPT_RENDERINGS = 500;
const KEPT_SOURCE_CHARS = 50_000;
const rendered = new Map<string, string>();

/** Markdown from staff, rendered to HTML that can hold no script, handler or foreign frame. */
export function renderMarkdown(source: string): string {
  const kept = rendered.get(source);
  if (kept !== undefined) return kept;
  const html = render(source);
  if (source.length <= KEPT_SOURCE_CHARS) {
    if (rendered.size >= KEPT_RENDERINGS) rendered.delete(rendered.keys().next().value!);
    rendered.set(source, html);
  }
  return html;
}

function render(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, {
    allowedTags: [
      "p",
      "br",
      "strong",
      "em",
      "ul",
      "ol",
      "li",
      "a",
      "h2",
      "h3",
      "h4",
      "blockquote",
      "code",
      "pre",
      "hr",
      "table",
      "thead",
      "tbody",
      "tr",
      "th",
      "td",
    ],
    allowedAttributes: { a: ["href", "title"] },
    allowedSchemes: ["http", "https", "mailto"],
    transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }) },
  });
}
