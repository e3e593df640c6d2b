import { describe, expect, it } from "vitest";
import { identityTerms, redactAnswers, redactText, WITHHELD } from "./anonymise";

const identity = {
  name: "Nguyễn Đức Anh",
  givenName: "Đức Anh",
  familyName: "Nguyễn",
  email: "ducanh.nguyen.12@example.org",
  organisations: ["Hanoi Puppet Theatre", null],
  phone: "+84 24 555 0101",
};

describe("anonymised answers", () => {
  const terms = identityTerms(identity);

  it("withholds the name, its parts, the organisation, the email and the phone", () => {
    const text =
      "I am Nguyễn Đức Anh (nguyễn đức anh), producer at Hanoi Puppet Theatre. Write to ducanh.nguyen.12@example.org or +84 24 555 0101. — Anh";
    const out = redactText(text, terms);
    for (const secret of ["Nguyễn", "Đức", "Anh", "Hanoi Puppet Theatre", "example.org", "555 0101", "nguyễn"])
      expect(out).not.toContain(secret);
    expect(out).toContain(WITHHELD);
    expect(out).toContain("producer at");
  });

  it("does not cut words that merely contain a name part", () => {
    expect(redactText("Anhui province and Anhalt", terms)).toBe("Anhui province and Anhalt");
  });

  it("walks nested answers and leaves numbers alone", () => {
    expect(redactAnswers({ a: "Nguyễn wrote", b: ["x", { c: "Đức Anh" }], n: 7 }, terms)).toEqual({
      a: `${WITHHELD} wrote`,
      b: ["x", { c: WITHHELD }],
      n: 7,
    });
  });
});
