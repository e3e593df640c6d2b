import { describe, expect, it } from "vitest";
import { AMOUNT_NEGATIVE, AMOUNT_NOT_NUMBER, budgetTotals, parseAmount } from "./budget";
import { countWords, wordCountLabel } from "./words";

describe("budget amounts", () => {
  it("read whole and decimal amounts into minor units", () => {
    expect(parseAmount("1200")).toEqual({ ok: true, minor: 120000 });
    expect(parseAmount(" 1200.5 ")).toEqual({ ok: true, minor: 120050 });
    expect(parseAmount("1200,05")).toEqual({ ok: true, minor: 120005 });
    expect(parseAmount("0")).toEqual({ ok: true, minor: 0 });
  });

  it("refuse negative and non-numeric amounts with a sentence", () => {
    expect(parseAmount("-5")).toEqual({ ok: false, message: AMOUNT_NEGATIVE });
    expect(parseAmount("-12.50")).toEqual({ ok: false, message: AMOUNT_NEGATIVE });
    for (const bad of ["abc", "12abc", "1e3", "", "1.234", "1,200.50", "NaN", "Infinity", "--5"]) {
      expect(parseAmount(bad), bad).toEqual({ ok: false, message: AMOUNT_NOT_NUMBER });
    }
  });

  it("totals per currency without floating-point drift", () => {
    const rows = [
      { item: "Venue", amount: "0.10", currency: "usd" },
      { item: "Travel", amount: "0.20", currency: "USD" },
      { item: "Printing", amount: "1500", currency: "KRW" },
      { item: "Blank", amount: "", currency: "USD" },
      { item: "Bad", amount: "-3", currency: "USD" },
    ];
    const totals = budgetTotals(rows);
    expect(totals.map((t) => [t.currency, t.minor])).toEqual([
      ["USD", 30],
      ["KRW", 150000],
    ]);
    expect(totals[0]?.formatted).toBe("$0.30");
  });
});

describe("word counts", () => {
  it("count words as people do", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("  A community-led festival, in Medellín's streets — 2027! ")).toBe(7);
    expect(countWords("문화 예술 교육")).toBe(3);
    expect(wordCountLabel("one two three", 500)).toBe("3 / 500 words");
  });
});
