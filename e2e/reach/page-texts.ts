import type { Page } from "@playwright/test";

/** Every visible text and every text read aloud (labels, placeholders, alternatives) of the page. */
export async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const skip = (el: Element | null) =>
      !el || el.closest("script, style, noscript, template, [data-user-content], [translate='no']") !== null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (skip(parent) || !parent!.checkVisibility({ visibilityProperty: true })) {
        // Text hidden for screen readers only (sr-only) is still read: keep it.
        if (!parent || skip(parent) || !parent.closest(".sr-only")) continue;
      }
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll("[aria-label], [placeholder], [title], img[alt], input[type=submit]")) {
      if (skip(el)) continue;
      for (const name of ["aria-label", "placeholder", "title", "alt", "value"]) {
        if (name === "value" && el.getAttribute("type") !== "submit") continue;
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    out.push(document.title);
    return out;
  });
}
