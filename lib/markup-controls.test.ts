import { describe, expect, it } from "vitest";
import { escapeHtml, html } from "./markup";
import { optionsHtml, pagerHtml, tableHtml, withSelected } from "./markup-controls";

const HOSTILE = `<img src=x onerror=alert(1)>"'&`;
const ESCAPED = escapeHtml(HOSTILE);

describe("options as markup", () => {
  it("escape values and labels and mark the chosen option", () => {
    const markup = optionsHtml(
      [
        { value: "a", label: "A" },
        { value: HOSTILE, label: HOSTILE },
      ],
      HOSTILE,
    ).value;
    expect(markup).toBe(`<option value="a">A</option><option value="${ESCAPED}" selected="">${ESCAPED}</option>`);
    expect(markup).not.toContain("<img");
  });

  it("mark one option of kept markup, nothing for a value no option has, and read no pattern in a value", () => {
    const kept = optionsHtml([
      { value: "KR", label: "Korea" },
      { value: "$&", label: "Dollar" },
    ]);
    expect(withSelected(kept, "KR").value).toBe(
      `<option value="KR" selected="">Korea</option><option value="$&amp;">Dollar</option>`,
    );
    expect(withSelected(kept, "$&").value).toBe(
      `<option value="KR">Korea</option><option value="$&amp;" selected="">Dollar</option>`,
    );
    for (const value of [undefined, "", "XX", `KR">${HOSTILE}`])
      expect(withSelected(kept, value).value).toBe(kept.value);
  });
});

describe("a table as markup", () => {
  it("escapes its heads and keeps its rows", () => {
    const markup = tableHtml([HOSTILE, html`<th>own</th>`], [html`<tr><td>${HOSTILE}</td></tr>`]).value;
    expect(markup).toContain(`<th scope="col">${ESCAPED}</th><th>own</th>`);
    expect(markup).toContain(`<td>${ESCAPED}</td>`);
    expect(markup).not.toContain(HOSTILE);
  });
});

describe("a pager as markup", () => {
  const labels = { previous: "Previous", next: "Next", page: "Page 2 of 3", nav: HOSTILE };
  const href = (page: number) => `/list?q=${HOSTILE}&page=${page}`;

  it("links the pages before and after, escaped, and is nothing when there is one page", () => {
    const markup = pagerHtml({ page: 2, total: 30, pageSize: 10, href, labels })!.value;
    expect(markup).toBe(
      `<nav aria-label="${ESCAPED}" class="flex items-center gap-4 text-sm"><a href="${escapeHtml(href(1))}" class="text-primary underline">Previous</a><span>Page 2 of 3</span><a href="${escapeHtml(href(3))}" class="text-primary underline">Next</a></nav>`,
    );
    expect(pagerHtml({ page: 1, total: 30, pageSize: 10, href, labels })!.value).not.toContain("Previous");
    expect(pagerHtml({ page: 3, total: 30, pageSize: 10, href, labels })!.value).not.toContain("Next");
    expect(pagerHtml({ page: 1, total: 10, pageSize: 10, href, labels })).toBeNull();
  });
});
