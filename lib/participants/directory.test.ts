import { describe, expect, it } from "vitest";
import { groupByCountry, visibleParticipant } from "./directory";

const row = (over: Partial<Parameters<typeof visibleParticipant>[0]> = {}) => ({
  enrolmentId: "e1",
  name: "Amara Okafor",
  email: "amara@example.org",
  country: "NG",
  organisation: "Lagos Arts",
  sharing: {},
  trackTitle: "Performing Arts 1",
  ...over,
});

describe("the cohort's participant list", () => {
  it("shows only what each person agreed to share", () => {
    expect(visibleParticipant(row({ sharing: { name: true, country: true } }), false)).toMatchObject({
      name: "Amara Okafor",
      country: "NG",
      countryName: "Nigeria",
      organisation: null,
      email: null,
    });
    expect(visibleParticipant(row(), false)).toMatchObject({
      name: null,
      country: null,
      organisation: null,
      email: null,
      track: "Performing Arts 1",
    });
    expect(visibleParticipant(row({ sharing: { email: false, organisation: true } }), false)).toMatchObject({
      email: null,
      organisation: "Lagos Arts",
    });
  });

  it("always shows a person their own line in full", () => {
    expect(visibleParticipant(row(), true)).toMatchObject({
      name: "Amara Okafor",
      email: "amara@example.org",
      isMe: true,
    });
  });

  it("groups delegations by country, private countries last", () => {
    const people = [
      visibleParticipant(row({ enrolmentId: "a", country: "TH", sharing: { country: true } }), false),
      visibleParticipant(row({ enrolmentId: "b", country: "KH", sharing: { country: true } }), false),
      visibleParticipant(row({ enrolmentId: "c", country: "TH" }), false),
      visibleParticipant(row({ enrolmentId: "d", country: "TH", sharing: { country: true } }), false),
    ];
    expect(groupByCountry(people).map((g) => [g.countryName, g.people.map((p) => p.key)])).toEqual([
      ["Cambodia", ["b"]],
      ["Thailand", ["a", "d"]],
      ["Country not shared", ["c"]],
    ]);
  });
});
