import { describe, expect, it } from "vitest";
import { fromAcceptLanguage, pickLocale } from "./request";

describe("the language of a request", () => {
  it("takes the account's language first, then the cookie, then the browser's, then English", () => {
    expect(pickLocale({ account: "fr", cookie: "ko", acceptLanguage: "ko" })).toBe("fr");
    expect(pickLocale({ account: null, cookie: "ko", acceptLanguage: "fr" })).toBe("ko");
    expect(pickLocale({ account: null, cookie: null, acceptLanguage: "fr-CA,fr;q=0.9" })).toBe("fr");
    expect(pickLocale({})).toBe("en");
  });

  it("ignores a cookie or an account value that is not one of our languages", () => {
    expect(pickLocale({ account: "de", cookie: "xx", acceptLanguage: "ko-KR" })).toBe("ko");
    expect(pickLocale({ cookie: "../../etc/passwd" })).toBe("en");
  });

  it("reads Accept-Language by quality, then order, skipping q=0 and languages we lack", () => {
    expect(fromAcceptLanguage("de-DE,de;q=0.9,ko;q=0.5,fr;q=0.7")).toBe("fr");
    expect(fromAcceptLanguage("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("ko");
    expect(fromAcceptLanguage("fr;q=0,en;q=0.1")).toBe("en");
    expect(fromAcceptLanguage("de, ja")).toBeNull();
    expect(fromAcceptLanguage("*")).toBeNull();
    expect(fromAcceptLanguage("")).toBeNull();
  });
});
