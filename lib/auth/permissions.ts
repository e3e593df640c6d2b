import type { Actor, Role, Scope } from "./roles";

/**
 * The permission table: one row per action, with the roles that may do it. Every server action and
 * route handler names its row; lib commands check it again. permissions.test.ts walks it for every role.
 */
export const PERMISSIONS = {
  "account.updateProfile": ["applicant"],
  "admin.dashboard": ["admin", "manager"],
  "admin.outbox": ["admin"],
  "admin.audit": ["admin"],
  "admin.jobs": ["admin"],
  // Anyone signed in may download their own data and ask for its deletion; only administrators decide.
  "privacy.ownData": ["applicant"],
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
  "application.apply": ["applicant"],
  "application.viewAll": ["admin", "manager"],
  "application.export": ["admin", "manager"],
  "application.import": ["admin", "manager"],
  // Any signed-in user may reach the page; the command checks they are the quota's focal point (or its manager).
  "nomination.invite": ["applicant"],
  "review.assign": ["admin", "manager"],
  "review.score": ["reviewer", "mentor"],
  "selection.run": ["admin", "manager"],
  "selection.decide": ["admin", "manager"],
  "participant.space": ["participant", "alumnus", "admin", "manager"],
  "proposal.submit": ["participant"],
  // Any signed-in person may answer an offer; the command checks that the offer is theirs.
  "offer.respond": ["applicant"],
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
  "public.read": ["public"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

function holds(actor: Actor, role: Role, scope: Scope | undefined): boolean {
  switch (role) {
    case "public":
      return true;
    case "applicant":
      return true; // any signed-in user may apply
    case "admin":
      return actor.isAdmin;
    default:
      // A scoped role counts only in its programme; without a scope (a list page whose query does the
      // scoping) it counts if held anywhere.
      return actor.roles.some(
        (r) => r.role === role && (scope?.programmeId === undefined || r.programmeId === scope.programmeId),
      );
  }
}

export function can(actor: Actor | null, permission: Permission, scope?: Scope): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  if (allowed.includes("public")) return true;
  if (!actor) return false;
  return allowed.some((role) => holds(actor, role, scope));
}

/** The roles an actor holds anywhere, for navigation. */
export function rolesOf(actor: Actor | null): Role[] {
  if (!actor) return ["public"];
  const set = new Set<Role>(["public", "applicant"]);
  if (actor.isAdmin) set.add("admin");
  for (const r of actor.roles) set.add(r.role);
  return [...set];
}
