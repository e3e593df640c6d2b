import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, emailOutbox, nominationQuotas, organisations, users } from "@/db/schema";
import { openTestDatabase, testDrivers, type TestDatabase } from "@/db/testing";
import { makeManager, makePerson, makeProgrammeWithCall } from "@/lib/applications/test-fixtures";
import type { DomainError } from "@/lib/errors";
import { claimAccount, signUp } from "@/lib/users/commands";
import { inviteNominee } from "./commands";

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: DomainError) => e,
  );

describe.each(testDrivers())("nominations on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function quota(size = 3) {
    const call = await makeProgrammeWithCall(t.db, {
      nominationOnly: true,
      eligibility: { nationality: { groups: ["asean"] } },
    });
    const focal = await makePerson(t.db, { nationality: "TH" });
    const [org] = await t.db
      .insert(organisations)
      .values({ name: `Ministry of Culture ${Math.random()}`, country: "TH" })
      .returning({ id: organisations.id });
    const [q] = await t.db
      .insert(nominationQuotas)
      .values({ callId: call.callId, organisationId: org!.id, focalPointId: focal.userId, country: "TH", quota: size })
      .returning({ id: nominationQuotas.id });
    return { call, focal, quotaId: q!.id };
  }
  const email = (n: string) => `${n}-${Math.random().toString(36).slice(2)}@example.org`;

  it("creates the nominee's account and application shell with an invitation, and enforces the quota", async () => {
    const { focal, quotaId, call } = await quota(3);
    const invited = [];
    for (const name of ["A", "B", "C"])
      invited.push(await inviteNominee(t.db, focal, { quotaId, name, email: email(name) }));
    expect(invited.map((i) => i.remaining)).toEqual([2, 1, 0]);
    expect(await errorOf(inviteNominee(t.db, focal, { quotaId, name: "D", email: email("d") }))).toMatchObject({
      code: "conflict",
      message: "The quota of 3 nominees for Thailand is full.",
    });
    const rows = await t.db
      .select({ status: applications.status })
      .from(applications)
      .where(eq(applications.nominationQuotaId, quotaId));
    expect(rows).toHaveLength(3);
    expect(
      await t.db.$count(
        emailOutbox,
        and(eq(emailOutbox.kind, "nomination.invited"), eq(emailOutbox.entityId, invited[0]!.applicationId)),
      ),
    ).toBe(1);
    expect(call.callId).toBeTruthy();
  });

  it("lets the invited nominee claim the account only through the link in the invitation, never by signing up", async () => {
    const { focal, quotaId } = await quota(3);
    const address = email("nominee");
    const { applicationId } = await inviteNominee(t.db, focal, { quotaId, name: "Nominee", email: address });
    const [app] = await t.db
      .select({ applicantId: applications.applicantId })
      .from(applications)
      .where(eq(applications.id, applicationId));
    // An attacker signs up first with the nominee's address: nothing of the account changes.
    await signUp(t.db, { name: "Taker", email: address, password: "taker's long password" });
    const [untouched] = await t.db
      .select({ name: users.name, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, app!.applicantId));
    expect(untouched).toEqual({ name: "Nominee", passwordHash: null });
    // The nominee's own invitation carries the claim link, which works once.
    const [invitation] = await t.db
      .select({ text: emailOutbox.bodyText })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.kind, "nomination.invited"), eq(emailOutbox.entityId, applicationId)));
    const token = invitation!.text.match(/\/claim\?token=([\w-]+)/)![1]!;
    await expect(claimAccount(t.db, { token, password: "the nominee's own password" })).resolves.toMatchObject({
      userId: app!.applicantId,
    });
    expect(await errorOf(claimAccount(t.db, { token, password: "the nominee's own password" }))).toMatchObject({
      code: "validation",
    });
  });

  it("refuses anyone but the quota's focal point or the programme's manager", async () => {
    const { quotaId, call } = await quota(3);
    const stranger = await makePerson(t.db);
    expect(await errorOf(inviteNominee(t.db, stranger, { quotaId, name: "X", email: email("x") }))).toMatchObject({
      code: "forbidden",
    });
    const manager = await makeManager(t.db, call.programmeId);
    await expect(inviteNominee(t.db, manager, { quotaId, name: "Y", email: email("y") })).resolves.toMatchObject({
      remaining: 2,
    });
  });

  it("never lets concurrent invitations overfill a quota", async () => {
    const { focal, quotaId } = await quota(3);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        inviteNominee(t.db, focal, { quotaId, name: `N${i}`, email: email(`n${i}`) }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(await t.db.$count(applications, eq(applications.nominationQuotaId, quotaId))).toBe(3);
  });
});
