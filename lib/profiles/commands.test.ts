import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { profiles, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import type { DomainError } from "@/lib/errors";
import { updateProfile } from "./commands";
import { profileSchema } from "./schemas";

const INPUT = {
  version: 1,
  name: "Amara Okafor",
  givenName: "Amara",
  familyName: "Okafor",
  gender: "another",
  genderOther: "Two-spirit",
  nationality: "NG",
  residence: "GH",
  organisation: "Lagos Arts",
  position: "Curator",
  field: "Visual arts",
  languages: "English, Yoruba; English",
  yearsExperience: "7",
};

describe("the profile schema", () => {
  it("asks for the free-text description when the gender is described in the person's own words", () => {
    const result = profileSchema.safeParse({ ...INPUT, genderOther: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["genderOther"]);
  });

  it("accepts prefer not to say, and refuses an unknown country", () => {
    expect(profileSchema.safeParse({ ...INPUT, gender: "undisclosed", genderOther: "" }).success).toBe(true);
    expect(profileSchema.safeParse({ ...INPUT, nationality: "XX" }).success).toBe(false);
  });
});

describe.each(testDrivers())("updating a profile on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("saves the profile (creating its row if needed) and refuses a stale version", async () => {
    const [user] = await t.db.insert(users).values({ email: "p@example.org", name: "P" }).returning({ id: users.id });
    const actor = { userId: user!.id, email: "p@example.org", name: "P", isAdmin: false, roles: [] };
    await expect(updateProfile(t.db, actor, profileSchema.parse(INPUT))).resolves.toEqual({ version: 2 });
    const [row] = await t.db.select().from(profiles).where(eq(profiles.userId, user!.id));
    expect(row).toMatchObject({
      gender: "another",
      genderOther: "Two-spirit",
      nationality: "NG",
      residence: "GH",
      languages: ["English", "Yoruba"],
      yearsExperience: 7,
    });
    const [renamed] = await t.db.select({ name: users.name }).from(users).where(eq(users.id, user!.id));
    expect(renamed?.name).toBe("Amara Okafor");
    const stale = await updateProfile(t.db, actor, profileSchema.parse({ ...INPUT, field: "Music" })).catch(
      (e: DomainError) => e,
    );
    expect(stale).toMatchObject({ code: "stale" });
  });
});
