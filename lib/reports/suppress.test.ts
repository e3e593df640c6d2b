import { describe, expect, it } from "vitest";
import { MIN_GROUP, protectCell, protectSums, type ReportCell, type ReportTable } from "./suppress";

describe("protectSums", () => {
  it("hides a second cell beside a single hidden one, preferring the row asked for, until no set has one alone", () => {
    const p = (n: number): ReportCell => (n < MIN_GROUP ? { kind: "suppressed" } : { kind: "people", n });
    const table = (counts: number[][]): ReportTable => ({
      id: "t",
      title: "t",
      columns: ["name", "a", "b"],
      rows: counts.map((row, i) => [{ kind: "text", text: `r${i}` }, ...row.map(p)]),
    });
    const kinds = (x: ReportTable) =>
      x.rows.map((row) =>
        row
          .slice(1)
          .map((c) => c.kind[0])
          .join(""),
      );
    // Column a: one hidden (2) beside 9, 5, 4 → the smallest shown (4) goes too; column b: two hidden already.
    expect(
      kinds(
        protectSums(
          table([
            [9, 1],
            [5, 7],
            [4, 0],
            [2, 8],
          ]),
          [[0, 1, 2, 3]],
        ),
      ),
    ).toEqual(["ps", "pp", "ss", "sp"]);
    expect(
      kinds(
        protectSums(
          table([
            [9, 5],
            [5, 7],
            [4, 6],
            [2, 8],
          ]),
          [[0, 1, 2, 3]],
          [0],
        ),
      ),
    ).toEqual(["sp", "pp", "pp", "sp"]);
    // Overlapping sets: hiding for the first makes a single hidden in the second, which is then closed too.
    expect(
      kinds(
        protectSums(
          table([
            [1, 9],
            [4, 9],
            [5, 9],
            [6, 9],
          ]),
          [
            [0, 1],
            [1, 2, 3],
          ],
        ),
      ),
    ).toEqual(["sp", "sp", "sp", "pp"]);
  });
});

describe("protectCell", () => {
  it("hides every count of people below 3 and every share that points at 1 or 2 people", () => {
    for (let k = 0; k < 10; k++)
      expect(protectCell({ kind: "people", n: k }).kind).toBe(k < 3 ? "suppressed" : "people");
    // Brute force over small fractions: a share survives only if its base and both sides are 0 or ≥ 3.
    for (let den = 0; den < 12; den++)
      for (let num = 0; num <= den; num++) {
        const ok = den >= 3 && [num, den - num].every((x) => x === 0 || x >= 3);
        expect(protectCell({ kind: "share", num, den }).kind).toBe(ok ? "share" : "suppressed");
      }
    expect(protectCell({ kind: "number", n: 1 })).toEqual({ kind: "number", n: 1 });
  });
});
