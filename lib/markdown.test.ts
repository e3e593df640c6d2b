import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders emphasis and lists", () => {
    const html = renderMarkdown("**Seoul** agenda\n\n- one\n- two");
    expect(html).toContain("<strong>Seoul</strong>");
    expect(html).toContain("<li>one</li>");
  });

  it("strips scripts, event handlers and javascript links", () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror="alert(2)">[x](javascript:alert(3))');
    expect(html).not.toMatch(/<script|<img|onerror=|href="javascript:/i);
  });

  it("gives a kept rendering equal to a fresh one, scripts still stripped, for as many texts as it keeps and more", () => {
    const texts = Array.from(
      { length: 620 },
      (_, i) => `## Text ${i}\n\n*${i}* <script>alert(${i})</script><a href="javascript:x" onclick="y">link</a>`,
    );
    const first = texts.map(renderMarkdown);
    // Each again, the oldest after the bound dropped them and the newest from what was kept: the same HTML.
    expect(texts.map(renderMarkdown)).toEqual(first);
    for (const html of first) expect(html).not.toMatch(/<script|onclick=|href="javascript:/i);
    expect(first[3]).toContain("<h2>Text 3</h2>");
    // A long text (not kept) renders the same each time too.
    const long = "word ".repeat(12_000);
    expect(renderMarkdown(long)).toBe(renderMarkdown(long));
  });
});
