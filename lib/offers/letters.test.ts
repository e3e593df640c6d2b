import { describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATES, renderLetter, unknownPlaceholders } from "./letters";

const values = {
  name: "Ana Lima",
  reference: "SEO18-0007",
  call: "Call",
  cohort: "Seoul, June 2018",
  expiresAt: "Jun 1, 2018, 06:00 PM GMT+9",
};

describe("decision letters", () => {
  it("fills every placeholder of the default letters", () => {
    for (const template of Object.values(DEFAULT_TEMPLATES)) {
      const { subject, text } = renderLetter(template, values);
      expect(`${subject}\n${text}`).not.toMatch(/\{\{/);
      expect(text).toContain("Ana Lima");
      expect(subject).toContain("Seoul, June 2018");
    }
    expect(renderLetter(DEFAULT_TEMPLATES.offer, values).text).toContain("by Jun 1, 2018, 06:00 PM GMT+9");
  });

  it("keeps a subject on one line and leaves unknown placeholders visible", () => {
    const { subject, text } = renderLetter(
      { subject: "Hi {{ name }}\r\nBcc: x@example.org", body: "{{nmae}} and {{name}}" },
      values,
    );
    expect(subject).toBe("Hi Ana Lima Bcc: x@example.org");
    expect(text).toBe("{{nmae}} and Ana Lima");
    expect(unknownPlaceholders("{{nmae}} {{name}} {{ nmae }}")).toEqual(["nmae"]);
  });
});
