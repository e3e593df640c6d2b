import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PROFILE_FIELDS,
  PUBLIC_VIEWER,
  VISIBILITIES,
  baseTier,
  canSeeField,
  fieldVisibility,
  tierFor,
  viewerOf,
  visibleProfile,
  visibleUpdates,
  type StoredAlumnus,
  type Tier,
  type VisibilityMap,
} from "./visibility";

const PROGRAMME = "11111111-1111-4111-8111-111111111111";
const OTHER = "22222222-2222-4222-8222-222222222222";

function stored(visibility: VisibilityMap, extra: Partial<StoredAlumnus> = {}): StoredAlumnus {
  return {
    userId: "33333333-3333-4333-8333-333333333333",
    name: "Aigerim Sadykova",
    photoKey: "alumni/x.png",
    bio: "SECRET-BIO",
    currentPosition: "SECRET-POSITION",
    currentOrganisation: "SECRET-ORGANISATION",
    country: "KZ",
    fields: ["SECRET-FIELD"],
    languages: ["SECRET-LANGUAGE"],
    links: [{ label: "Site", url: "https://example.org/SECRET-LINK" }],
    contactEmail: "secret-email@example.org",
    visibility,
    isExpert: false,
    expertAreas: [],
    expertAvailability: null,
    isExpertPublic: false,
    cohorts: [],
    ...extra,
  };
}

const VALUE_OF = {
  photo: "/api/alumni/photo/",
  bio: "SECRET-BIO",
  position: "SECRET-POSITION",
  organisation: "SECRET-ORGANISATION",
  country: '"KZ"',
  fields: "SECRET-FIELD",
  languages: "SECRET-LANGUAGE",
  links: "SECRET-LINK",
  email: "secret-email@example.org",
} as const;

describe("fieldVisibility", () => {
  it("treats a field never set as staff only, and a name never set as alumni", () => {
    expect(fieldVisibility({}, "email")).toBe("staff");
    expect(fieldVisibility(null, "bio")).toBe("staff");
    expect(fieldVisibility({}, "name")).toBe("alumni");
    expect(fieldVisibility({ name: "staff" }, "name")).toBe("alumni");
    expect(fieldVisibility({ name: "public" }, "name")).toBe("public");
  });
});

describe("visibleProfile", () => {
  it("shows organisation to alumni but not the hidden email; shows a public visitor neither", () => {
    const profile = stored({ name: "public", organisation: "alumni", email: "staff", country: "public" });
    const alumni = visibleProfile(profile, "alumni");
    expect(alumni?.organisation).toBe("SECRET-ORGANISATION");
    expect(alumni).not.toHaveProperty("email");
    const anonymous = visibleProfile(profile, "public");
    expect(anonymous).not.toHaveProperty("organisation");
    expect(anonymous).not.toHaveProperty("email");
    expect(anonymous?.country).toBe("KZ");
    expect(visibleProfile(profile, "staff")?.email).toBe("secret-email@example.org");
    expect(visibleProfile(profile, "owner")?.email).toBe("secret-email@example.org");
  });

  it("does not list someone publicly whose name is not public", () => {
    expect(visibleProfile(stored({ bio: "public" }), "public")).toBeNull();
    expect(visibleProfile(stored({ bio: "public" }), "alumni")?.bio).toBe("SECRET-BIO");
  });

  it("never serialises a field the tier may not see, whatever the settings (property)", () => {
    const map = fc.record(
      Object.fromEntries(PROFILE_FIELDS.map((f) => [f, fc.constantFrom(...VISIBILITIES)])) as Record<
        (typeof PROFILE_FIELDS)[number],
        fc.Arbitrary<(typeof VISIBILITIES)[number]>
      >,
      {
        requiredKeys: [],
      },
    );
    const tier = fc.constantFrom<Tier>("public", "alumni", "staff", "owner");
    fc.assert(
      fc.property(map, tier, (visibility, t) => {
        const result = visibleProfile(stored(visibility), t);
        const json = JSON.stringify(result);
        for (const [field, value] of Object.entries(VALUE_OF)) {
          const allowed = canSeeField(t, visibility, field as keyof typeof VALUE_OF);
          if (!canSeeField(t, visibility, "name")) expect(result).toBeNull();
          expect(json.includes(value), `${field} at ${t} with ${JSON.stringify(visibility)}`).toBe(
            allowed && result !== null,
          );
        }
      }),
    );
  });

  it("shows expert details to the public only when the expert chose it", () => {
    const hidden = stored(
      { name: "public" },
      { isExpert: true, expertAreas: ["2005 Convention"], isExpertPublic: false },
    );
    expect(visibleProfile(hidden, "public")).not.toHaveProperty("expert");
    expect(visibleProfile(hidden, "alumni")).not.toHaveProperty("expert");
    expect(visibleProfile(hidden, "staff")?.expert?.areas).toEqual(["2005 Convention"]);
    const open = { ...hidden, isExpertPublic: true };
    expect(visibleProfile(open, "public")?.expert?.areas).toEqual(["2005 Convention"]);
  });
});

describe("tiers", () => {
  const actor = (roles: { programmeId: string; role: "alumnus" | "manager" | "participant" }[], isAdmin = false) => ({
    userId: "44444444-4444-4444-8444-444444444444",
    email: "v@example.org",
    name: "V",
    isAdmin,
    roles,
  });
  const subject = { userId: "33333333-3333-4333-8333-333333333333", programmeIds: [PROGRAMME] };

  it("gives each kind of viewer the tier the product promises", () => {
    expect(tierFor(PUBLIC_VIEWER, subject)).toBe("public");
    expect(tierFor(viewerOf(actor([{ programmeId: OTHER, role: "participant" }])), subject)).toBe("public");
    expect(tierFor(viewerOf(actor([{ programmeId: OTHER, role: "alumnus" }])), subject)).toBe("alumni");
    expect(tierFor(viewerOf(actor([{ programmeId: PROGRAMME, role: "manager" }])), subject)).toBe("staff");
    expect(tierFor(viewerOf(actor([{ programmeId: OTHER, role: "manager" }])), subject)).toBe("alumni");
    expect(tierFor(viewerOf(actor([], true)), subject)).toBe("staff");
    expect(tierFor(viewerOf({ ...actor([]), userId: subject.userId }), subject)).toBe("owner");
    expect(baseTier(viewerOf(actor([{ programmeId: OTHER, role: "manager" }])))).toBe("alumni");
  });
});

describe("visibleUpdates", () => {
  it("keeps each part of the history under the current field's rule", () => {
    const updates = [
      { position: "Producer", organisation: "Theatre", country: "KZ", createdAt: new Date("2024-01-01") },
      { position: null, organisation: "Hidden org", country: null, createdAt: new Date("2025-01-01") },
    ];
    const seen = visibleUpdates(updates, { position: "public", organisation: "staff", country: "alumni" }, "public");
    expect(seen).toEqual([{ position: "Producer", createdAt: updates[0]!.createdAt }]);
    expect(JSON.stringify(seen)).not.toContain("Hidden org");
  });
});
