import { describe, expect, it } from "vitest";
import { groupRuleRowsSchema, groupRulesFromRows, refreshGroupRules, rowsFromGroupRules } from "./group-rules";

const mekong = {
  id: "6f1c1c52-8d6c-4b55-9d3c-2d9f0b0e7a11",
  name: "Mekong countries",
  countries: ["KH", "LA", "MM", "TH", "VN"],
};

describe("rules on groups of countries", () => {
  it("writes 'at least 3 from each subregion of Africa' as one rule per M49 subregion", () => {
    const rules = groupRulesFromRows([{ ref: "m49:002", min: "3", max: "", each: true }], []);
    expect(rules.map((r) => [r.label, r.min, r.countries.length])).toEqual([
      ["Northern Africa", 3, 7],
      ["Eastern Africa", 3, 22],
      ["Middle Africa", 3, 9],
      ["Southern Africa", 3, 5],
      ["Western Africa", 3, 17],
    ]);
    expect(rowsFromGroupRules(rules)[0]).toEqual({ ref: "m49:015", min: "3", max: "", each: false });
  });

  it("resolves an office's group, and refuses one that does not exist", () => {
    expect(groupRulesFromRows([{ ref: `custom:${mekong.id}`, min: "", max: "4", each: false }], [mekong])).toEqual([
      { ref: `custom:${mekong.id}`, label: "Mekong countries", countries: mekong.countries, max: 4 },
    ]);
    expect(() => groupRulesFromRows([{ ref: `custom:${mekong.id}`, min: "1", max: "", each: false }], [])).toThrow(
      expect.objectContaining({
        code: "validation",
        fieldErrors: { "groupRules.0.ref": ["This group does not exist (any more)."] },
      }),
    );
  });

  it("checks each row: a bound, bounds in order, subregions only for an M49 region", () => {
    const issues = (rows: unknown) =>
      groupRuleRowsSchema.safeParse(rows).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues([{ ref: "asean", min: "", max: "", each: false }])).toEqual([
      "0.min: Give at least or at most, or remove the row.",
    ]);
    expect(issues([{ ref: "asean", min: "5", max: "2", each: false }])).toEqual([
      "0.max: At most must be at least the lower bound.",
    ]);
    expect(issues([{ ref: "asean", min: "1", max: "", each: true }])).toEqual([
      "0.each: Only a UN M49 region has subregions.",
    ]);
    expect(issues([{ ref: "m49:002", min: "1", max: "", each: true }])).toBeUndefined();
  });

  it("follows an edited group, and keeps a deleted one as it was saved", () => {
    const saved = {
      seats: 10,
      groups: groupRulesFromRows([{ ref: `custom:${mekong.id}`, min: "2", max: "", each: false }], [mekong]),
    };
    const edited = refreshGroupRules(saved, [
      { ...mekong, name: "Mekong five", countries: ["KH", "LA", "MM", "TH", "VN", "CN"] },
    ]);
    expect(edited.groups![0]).toMatchObject({
      label: "Mekong five",
      countries: ["KH", "LA", "MM", "TH", "VN", "CN"],
      min: 2,
    });
    expect(refreshGroupRules(saved, [])).toEqual(saved);
  });
});
