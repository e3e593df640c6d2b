import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationFiles, applications, auditLog, calls, emailOutbox, profiles, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { makePerson, makeProgrammeWithCall } from "@/lib/applications/test-fixtures";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import type { DomainError } from "@/lib/errors";
import { verifyCredentials } from "@/lib/users/commands";
import { ERASED_NAME } from "./anonymise";
import { decideDeletion, requestDeletion, setRetention } from "./commands";
import { decideDeletionSchema } from "./schemas";
import { applyRetention } from "./retention";

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: DomainError) => e,
  );

const MONTH = 30 * 86_400_000;

describe.each(testDrivers())("people's own data on %s", (driver) => {
  let t: TestDatabase;
  let admin: Actor;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    admin = { ...(await makePerson(t.db)), isAdmin: true };
    await t.db.update(users).set({ isAdmin: true }).where(eq(users.id, admin.userId));
  });
  afterAll(async () => {
    await t?.close();
  });

  async function applicationWith(
    call: { callId: string },
    person: Actor,
    status: "rejected" | "confirmed" | "waitlisted",
  ) {
    const [app] = await t.db
      .insert(applications)
      .values({
        reference: `T-${crypto.randomUUID().slice(0, 8)}`,
        callId: call.callId,
        applicantId: person.userId,
        status,
        answers: { bio: `I am ${person.name}` },
        snapshotNationality: "GH",
        snapshotGender: "woman",
        snapshotOrganisation: "Org",
        snapshotField: "Music",
      })
      .returning({ id: applications.id });
    await t.db.insert(applicationFiles).values({
      applicationId: app!.id,
      questionId: "cv",
      storageKey: `test/${crypto.randomUUID()}`,
      fileName: "cv.pdf",
      mimeType: "application/pdf",
      sizeBytes: 10,
    });
    return app!.id;
  }

  it("asks once, then an administrator approves: the person is anonymised, cannot sign in, and is still counted", async () => {
    const call = await makeProgrammeWithCall(t.db);
    const me = await makePerson(t.db, { name: "Lina Okafor" });
    await t.db
      .update(users)
      .set({ passwordHash: await hashPassword("a long enough password") })
      .where(eq(users.id, me.userId));
    const appId = await applicationWith(call, me, "rejected");
    const counted = async () =>
      (await t.db.select({ n: count() }).from(applications).where(eq(applications.callId, call.callId)))[0]!.n;
    const before = await counted();

    const { requestId } = await requestDeletion(t.db, me, { confirm: true });
    expect(await errorOf(requestDeletion(t.db, me, { confirm: true }))).toMatchObject({ code: "conflict" });
    // Only administrators decide, and never their own request.
    expect(await errorOf(decideDeletion(t.db, me, { requestId: requestId, decision: "approve" }))).toMatchObject({
      code: "forbidden",
    });
    await decideDeletion(t.db, admin, { requestId: requestId, decision: "approve" });
    expect(await errorOf(decideDeletion(t.db, admin, { requestId: requestId, decision: "approve" }))).toMatchObject({
      code: "not_found",
    });

    const [user] = await t.db.select().from(users).where(eq(users.id, me.userId));
    expect(user).toMatchObject({ name: ERASED_NAME, passwordHash: null });
    expect(user!.email).not.toContain(me.email);
    const [profile] = await t.db.select().from(profiles).where(eq(profiles.userId, me.userId));
    expect(profile).toMatchObject({ organisation: null, field: null, phone: null, nationality: "GH", gender: "woman" });
    const [app] = await t.db.select().from(applications).where(eq(applications.id, appId));
    expect(app).toMatchObject({
      answers: {},
      snapshotOrganisation: null,
      status: "rejected",
      snapshotNationality: "GH",
      snapshotGender: "woman",
    });
    expect(await t.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, appId))).toEqual([]);
    expect(await counted()).toBe(before);
    expect(await errorOf(verifyCredentials(t.db, me.email, "a long enough password", null))).toMatchObject({
      code: "unauthenticated",
    });
    // Nothing left in the database names them: a text search of every row the person touched.
    const text =
      JSON.stringify(await t.db.select().from(emailOutbox).where(eq(emailOutbox.toUserId, me.userId))) +
      JSON.stringify(
        await t.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, me.userId))),
      );
    expect(text).not.toContain("Lina Okafor");
    // The decision went to the address they had.
    const [mail] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.kind, "privacy.deletionApproved"));
    expect(mail).toMatchObject({ toAddress: me.email, subject: "Your data has been deleted" });
  });

  it("refuses with a reason the person is told", async () => {
    const me = await makePerson(t.db);
    const { requestId } = await requestDeletion(t.db, me, { confirm: true, note: "Please" });
    expect(decideDeletionSchema.safeParse({ requestId, decision: "refuse", reason: "no" }).success).toBe(false);
    await decideDeletion(t.db, admin, {
      requestId,
      decision: "refuse",
      reason: "Your offer is still open; decline it first.",
    });
    const mails = await t.db.select().from(emailOutbox).where(eq(emailOutbox.toUserId, me.userId));
    expect(mails.map((m) => m.kind).sort()).toEqual(["privacy.deletionRefused", "privacy.deletionRequested"]);
    expect(mails.find((m) => m.kind === "privacy.deletionRefused")!.bodyText).toContain("decline it first");
    const [user] = await t.db.select().from(users).where(eq(users.id, me.userId));
    expect(user!.name).toBe(me.name);
  });

  it("applies a programme's retention period by the clock, to unsuccessful applications only, once", async () => {
    const call = await makeProgrammeWithCall(t.db, { closesInMs: -MONTH });
    const [closed] = await t.db.select({ closesAt: calls.closesAt }).from(calls).where(eq(calls.id, call.callId));
    const a = await makePerson(t.db);
    const b = await makePerson(t.db);
    const c = await makePerson(t.db);
    const rejected = await applicationWith(call, a, "rejected");
    const waitlisted = await applicationWith(call, b, "waitlisted");
    const confirmed = await applicationWith(call, c, "confirmed");
    await setRetention(t.db, admin, { programmeId: call.programmeId, months: 6 });
    const erased = async () =>
      (await t.db.select({ id: applications.id, answers: applications.answers }).from(applications))
        .filter((r) => [rejected, waitlisted, confirmed].includes(r.id) && Object.keys(r.answers).length === 0)
        .map((r) => r.id)
        .sort();

    const justBefore = new Date(closed!.closesAt.getTime() + 5 * MONTH);
    expect(await applyRetention(t.db, justBefore)).toEqual({ applications: 0, files: 0 });
    expect(await erased()).toEqual([]);

    const after = new Date(closed!.closesAt.getTime() + 7 * MONTH);
    expect(await applyRetention(t.db, after)).toEqual({ applications: 2, files: 2 });
    expect(await erased()).toEqual([rejected, waitlisted].sort());
    const [kept] = await t.db.select().from(applications).where(eq(applications.id, rejected));
    expect(kept).toMatchObject({ status: "rejected", snapshotNationality: "GH", snapshotGender: "woman" });
    // Idempotent: the second run finds nothing and writes nothing.
    const rows = async () =>
      (await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "privacy.retention")))[0]!.n;
    const logged = await rows();
    expect(logged).toBe(2);
    expect(await applyRetention(t.db, after)).toEqual({ applications: 0, files: 0 });
    expect(await rows()).toBe(logged);
    // Only administrators set the period.
    expect(await errorOf(setRetention(t.db, a, { programmeId: call.programmeId, months: null }))).toMatchObject({
      code: "forbidden",
    });
  });
});
