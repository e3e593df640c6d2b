/**
 * Who someone is, for a permission check. "public" is anyone, signed in or not; "applicant" is anyone
 * signed in. manager, reviewer, partner and mentor hold for one programme (programme_roles rows);
 * participant and alumnus follow from enrolments.
 */
export const ROLES = [
  "public",
  "applicant",
  "participant",
  "alumnus",
  "reviewer",
  "mentor",
  "partner",
  "manager",
  "admin",
] as const;
export type Role = (typeof ROLES)[number];

/** @public (used for its type) */
export const PROGRAMME_SCOPED_ROLES = ["manager", "reviewer", "partner", "mentor", "participant", "alumnus"] as const;
export type ScopedRole = (typeof PROGRAMME_SCOPED_ROLES)[number];

export type Actor = {
  userId: string;
  email: string;
  name: string;
  isAdmin: boolean;
  /** Every programme-scoped role the user holds, including participant/alumnus derived from enrolments. */
  roles: { programmeId: string; role: ScopedRole }[];
};

export type Scope = { programmeId?: string };
