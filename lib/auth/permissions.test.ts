import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Database } from "@/db/client";
import { say } from "@/lib/i18n/problems";
import { createActionClient } from "./action";
import { PERMISSIONS, type Permission } from "./permissions";
import { ROLES, type Actor, type Role } from "./roles";

/**
 * The expected answer for every action and every role, written out on purpose rather than derived
 * from PERMISSIONS: if a row is removed or widened, the real check below disagrees with this table.
 */
const EXPECTED: Record<Permission, Role[]> = {
  "account.updateProfile": ["applicant", "participant", "alumnus", "reviewer", "mentor", "partner", "manager", "admin"],
  "admin.dashboard": ["admin", "manager"],
  "admin.outbox": ["admin"],
  "admin.audit": ["admin"],
  "admin.jobs": ["admin"],
  "privacy.ownData": ["applicant", "participant", "alumnus", "reviewer", "mentor", "partner", "manager", "admin"],
  "privacy.manage": ["admin"],
  "user.grantRole": ["admin"],
  "programme.create": ["admin"],
  "programme.update": ["admin", "manager"],
  "programme.publish": ["admin", "manager"],
  "programme.viewInternal": ["admin", "manager"],
  "programme.viewPartner": ["admin", "manager", "partner"],
  "cohort.manage": ["admin", "manager"],
  "organisation.manage": ["admin", "manager"],
  "call.manage": ["admin", "manager"],
  "application.apply": ["applicant", "participant", "alumnus", "reviewer", "mentor", "partner", "manager", "admin"],
  "application.viewAll": ["admin", "manager"],
  "application.export": ["admin", "manager"],
  "application.import": ["admin", "manager"],
  "nomination.invite": ["applicant", "participant", "alumnus", "reviewer", "mentor", "partner", "manager", "admin"],
  "review.assign": ["admin", "manager"],
  "review.score": ["reviewer", "mentor"],
  "selection.run": ["admin", "manager"],
  "selection.decide": ["admin", "manager"],
  "participant.space": ["participant", "alumnus", "admin", "manager"],
  "proposal.submit": ["participant"],
  "offer.respond": ["applicant", "participant", "alumnus", "reviewer", "mentor", "partner", "manager", "admin"],
  "proposal.manage": ["admin", "manager"],
  "attendance.mark": ["admin", "manager"],
  "certificate.issue": ["admin", "manager"],
  "alumni.directory": ["alumnus", "admin", "manager"],
  "alumni.post": ["alumnus"],
  "alumni.moderate": ["admin", "manager"],
  "alumni.editProfile": ["alumnus"],
  "alumni.message": ["alumnus"],
  "alumni.comment": ["alumnus", "admin", "manager"],
  "alumni.import": ["admin", "manager"],
  "alumni.sendDigest": ["admin", "manager"],
  "roster.search": ["admin", "manager"],
  "roster.recordEngagement": ["admin", "manager"],
  "public.read": ROLES.slice(),
};

const PROGRAMME = "11111111-1111-4111-8111-111111111111";
const OTHER_PROGRAMME = "22222222-2222-4222-8222-222222222222";

/** An actor holding exactly one role; "public" is nobody signed in. */
function actorWith(role: Role, programmeId = PROGRAMME): Actor | null {
  if (role === "public") return null;
  const base = {
    userId: "33333333-3333-4333-8333-333333333333",
    email: "x@example.org",
    name: "X",
    isAdmin: role === "admin",
    roles: [] as Actor["roles"],
  };
  if (role === "applicant" || role === "admin") return base;
  return { ...base, roles: [{ programmeId, role }] };
}

// The database is never touched by these no-op commands; the wrapper only needs something to pass on.
const noDatabase = {} as Database;

function actionFor(permission: Permission, actor: Actor | null) {
  const defineAction = createActionClient({ getActor: async () => actor, getDb: () => noDatabase });
  return defineAction({
    permission,
    schema: z.object({ programmeId: z.string() }),
    scope: (input) => ({ programmeId: input.programmeId }),
    run: async () => ({ ran: true }),
  });
}

describe("the permission table, walked through the action wrapper", () => {
  it("has an expectation for every row and no other", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  for (const permission of Object.keys(EXPECTED) as Permission[]) {
    for (const role of ROLES) {
      const allowed = EXPECTED[permission].includes(role);
      it(`${permission}: ${role} is ${allowed ? "allowed" : "refused"}`, async () => {
        const result = await actionFor(permission, actorWith(role))({ programmeId: PROGRAMME });
        if (allowed) {
          expect(result).toEqual({ ok: true, ran: true });
        } else {
          expect(result.ok).toBe(false);
          // A record in a programme (this action has a scope) answers 404 to the signed-in who may not act on it.
          expect(result).toMatchObject({ ok: false, code: role === "public" ? "unauthenticated" : "not_found" });
        }
      });
    }
  }

  it("refuses a programme role held in another programme", async () => {
    for (const role of ["manager", "reviewer", "partner", "mentor", "participant", "alumnus"] as const) {
      for (const permission of Object.keys(EXPECTED) as Permission[]) {
        const onlyScoped = EXPECTED[permission].includes(role) && !EXPECTED[permission].includes("applicant");
        if (!onlyScoped) continue;
        const result = await actionFor(permission, actorWith(role, OTHER_PROGRAMME))({ programmeId: PROGRAMME });
        expect(result, `${role} of another programme must not pass ${permission}`).toMatchObject({
          ok: false,
          code: "not_found",
        });
      }
    }
  });

  it("answers 403 (not 404) where the action names no record, as on a page about no record in particular", async () => {
    const defineAction = createActionClient({ getActor: async () => actorWith("manager"), getDb: () => noDatabase });
    const unscoped = defineAction({
      permission: "programme.create",
      schema: z.object({}),
      run: async () => ({ ran: true }),
    });
    expect(await unscoped({})).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("answers in the reader's language: the refusal and each field's message, with the code unchanged", async () => {
    const defineAction = createActionClient({
      getActor: async () => actorWith("applicant"),
      getDb: () => noDatabase,
      getLocale: async () => "fr",
    });
    const action = defineAction({
      permission: "programme.create",
      schema: z.object({ title: z.string().min(1, "Enter a title.") }),
      run: async () => ({ ran: true }),
    });
    const refused = await action({ title: "" });
    expect(refused).toMatchObject({ ok: false, code: "validation" });
    if (refused.ok) return;
    expect(refused.formError).toBe(say("fr", "Please correct the highlighted fields."));
    expect(refused.formError).not.toMatch(/highlighted/);
    expect(refused.fieldErrors.title).toEqual([say("fr", "Enter a title.")]);
    expect(refused.fieldErrors.title![0]).not.toBe("Enter a title.");
    const forbidden = await action({ title: "A" });
    expect(forbidden).toMatchObject({ ok: false, code: "forbidden" });
    if (!forbidden.ok) expect(forbidden.formError).toBe(say("fr", "You do not have permission to do this."));
  });

  it("rejects input that does not parse before anything else runs", async () => {
    const result = await actionFor("programme.create", actorWith("admin"))({ programmeId: 42 });
    expect(result).toMatchObject({ ok: false, code: "validation" });
    if (!result.ok) expect(result.fieldErrors.programmeId?.length).toBeGreaterThan(0);
  });
});
