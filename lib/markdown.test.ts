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
});
