import { describe, expect, it } from "vitest";
import { escapeHtml, fromPayload, html, Html, toPayload } from "./markup";

const HOSTILE = `<script>alert("x")</script><img src=x onerror='y'> & "q"`;
const ESCAPED = escapeHtml(HOSTILE);

describe("html", () => {
  it("escapes every string and number it is given, keeps Html as it is, joins lists and leaves out nothing-values", () => {
    const inner = html`<b>${HOSTILE}</b>`;
    expect(inner).toBeInstanceOf(Html);
    expect(inner.value).toBe(`<b>${ESCAPED}</b>`);
    expect(html`<p title="${`" onmouseover="alert(1)`}">${[inner, 3, null, undefined, false, ["<i>"]]}</p>`.value).toBe(
      `<p title="&quot; onmouseover=&quot;alert(1)">${inner.value}3&lt;i&gt;</p>`,
    );
    expect(ESCAPED).not.toMatch(/[<>"']/);
  });
});

describe("payload form", () => {
  it("carries no <, > or & and gives back exactly the markup, even when a text held the stand-ins", () => {
    const markup = html`<p class="[&_td]:px-2" title="${"a\uE000b\uE002"}">${HOSTILE} ${"\uE000\uE001\uE002 &amp;"}</p>`;
    const payload = toPayload(markup);
    expect(payload).not.toMatch(/[<>&]/);
    expect(fromPayload(payload)).toBe(markup.value);
    expect(markup.value).toContain("&#57344;&#57345;&#57346; &amp;amp;");
  });
});
