import { describe, expect, it } from "vitest";
import { checkEligibility, countriesOfRule, describeRule } from "./eligibility";

describe("eligibility before writing", () => {
  it("admits a call open to all", () => {
    expect(checkEligibility({}, { nationality: null, residence: null })).toEqual({ status: "eligible" });
  });

  it("expands groups and regions to countries", () => {
    const asean = countriesOfRule({ groups: ["asean"] });
    expect(asean?.has("TH")).toBe(true);
    expect(asean?.has("KR")).toBe(false);
    const mixed = countriesOfRule({ regions: ["africa"], countries: ["MN"] });
    expect(mixed?.has("GH")).toBe(true);
    expect(mixed?.has("MN")).toBe(true);
    expect(mixed?.has("FR")).toBe(false);
    expect(countriesOfRule({})).toBeNull();
  });

  it("says why a nationality is refused, in words the applicant can act on", () => {
    const result = checkEligibility({ nationality: { groups: ["asean"] } }, { nationality: "FR", residence: "TH" });
    expect(result).toEqual({
      status: "ineligible",
      reasons: [
        "This call is open to applicants whose nationality is in Association of Southeast Asian Nations (ASEAN) member states; your nationality is France.",
      ],
    });
  });

  it("checks residence separately and asks for a missing country rather than refusing", () => {
    const call = { nationality: { regions: ["asia_pacific"] }, residence: { countries: ["KR"] } };
    expect(checkEligibility(call, { nationality: "VN", residence: "KR" })).toEqual({ status: "eligible" });
    expect(checkEligibility(call, { nationality: "VN", residence: "JP" })).toMatchObject({
      status: "ineligible",
      reasons: [expect.stringContaining("country of residence is in Republic of Korea")],
    });
    expect(checkEligibility(call, { nationality: null, residence: "KR" })).toEqual({
      status: "incomplete",
      missing: ["nationality"],
    });
  });

  it("describes a rule as a list", () => {
    expect(describeRule({ regions: ["africa"], countries: ["MN", "KZ"] })).toBe("Africa, Mongolia or Kazakhstan");
    expect(describeRule(undefined)).toBeNull();
  });
});

describe("eligibility on any grouping of countries", () => {
  it("admits by UN M49 subregion and by a group the office defined", () => {
    expect(checkEligibility({ nationality: { groups: ["m49:015"] } }, { nationality: "EG", residence: null })).toEqual({
      status: "eligible",
    });
    const refused = checkEligibility({ nationality: { groups: ["m49:015"] } }, { nationality: "KE", residence: null });
    expect(refused).toMatchObject({
      status: "ineligible",
      reasons: ["This call is open to applicants whose nationality is in Northern Africa; your nationality is Kenya."],
    });
    const mekong = {
      id: "6f1c1c52-8d6c-4b55-9d3c-2d9f0b0e7a11",
      name: "Mekong countries",
      countries: ["KH", "LA", "MM", "TH", "VN"],
    };
    const rule = { nationality: { groups: [`custom:${mekong.id}`] } };
    expect(checkEligibility(rule, { nationality: "LA", residence: null }, [mekong])).toEqual({ status: "eligible" });
    // Without the office's groups (or once the group is deleted) the rule admits nobody rather than everybody.
    expect(checkEligibility(rule, { nationality: "LA", residence: null })).toMatchObject({ status: "ineligible" });
  });
});
