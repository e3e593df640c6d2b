import type { Permission } from "../../lib/auth/permissions";
import type { Persona } from "./world";

/**
 * The expectation table of the HTTP matrix: every page and route handler method (as walkRoutes names
 * it) → the personas that get through. A route missing here, or a row for a route that is gone, fails
 * the matrix. The segments are filled with someone else's records in the CPI (world.ts), a programme
 * the manager of another programme does not hold; so "otherManager" is in a row only where the page
 * concerns no record of the CPI. `permission` names the row of lib/auth/permissions.ts the route checks;
 * the matrix checks that no persona is let through that the permission table refuses.
 */
export type RouteRow = {
  who: readonly Persona[];
  permission?: Permission;
  /** The record the permission is checked in: the CPI (programme scope), or none (a list page). */
  scope?: "cpi";
  /** Which record (world.params key) or literal each [segment] gets, when the default does not fit. */
  fill?: Record<string, string>;
};

const EVERYONE = [
  "anonymous",
  "applicant",
  "participant",
  "alumnus",
  "reviewer",
  "mentor",
  "partner",
  "focal",
  "otherManager",
  "admin",
] as const satisfies readonly Persona[];
const SIGNED_IN = EVERYONE.filter((p) => p !== "anonymous");
const ADMIN = ["admin"] as const;
const STAFF = ["otherManager", "admin"] as const;
const NOBODY = [] as const;

const call = { id: "callId" };

export const ROUTES: Record<string, RouteRow> = {
  // Public pages
  "/": { who: EVERYONE, permission: "public.read" },
  "/programmes": { who: EVERYONE, permission: "public.read" },
  "/programmes/[slug]": { who: EVERYONE, permission: "public.read", fill: { slug: "programmeSlug" } },
  "/networks/[slug]": { who: EVERYONE, permission: "public.read", fill: { slug: "networkSlug" } },
  "/calls/[id]": { who: EVERYONE, permission: "public.read", fill: call },
  "/verify": { who: EVERYONE, permission: "public.read" },
  "/verify/[code]": { who: EVERYONE, permission: "public.read", fill: { code: "=MDG-0000-0000" } },
  "/sign-in": { who: EVERYONE, permission: "public.read" },
  "/sign-up": { who: EVERYONE, permission: "public.read" },
  "/sign-up/check-email": { who: EVERYONE, permission: "public.read" },
  "/forgot-password": { who: EVERYONE, permission: "public.read" },
  // Pages of an emailed link: without a token they answer 404 to everyone.
  "/reset-password": { who: NOBODY, permission: "public.read" },
  "/claim": { who: NOBODY, permission: "public.read" },
  "/verify-email": { who: NOBODY, permission: "public.read" },
  "GET /api/health": { who: EVERYONE, permission: "public.read" },
  "GET /api/ready": { who: EVERYONE, permission: "public.read" },
  "GET /maps/world.svg": { who: EVERYONE, permission: "public.read" },
  "GET /api/me/data": { who: SIGNED_IN, permission: "privacy.ownData" },
  "GET /api/auth/[...nextauth]": { who: EVERYONE, fill: { "...nextauth": "=session" } },
  "POST /api/auth/[...nextauth]": { who: EVERYONE, fill: { "...nextauth": "=session" } },
  "POST /api/account/sign-in": { who: EVERYONE, permission: "public.read" },
  "POST /api/account/sign-up": { who: EVERYONE, permission: "public.read" },
  "POST /api/account/forgot-password": { who: EVERYONE, permission: "public.read" },
  "POST /api/account/reset-password": { who: EVERYONE, permission: "public.read" },
  "POST /api/account/claim": { who: EVERYONE, permission: "public.read" },
  "POST /api/account/verify-email": { who: EVERYONE, permission: "public.read" },
  "GET /api/ics/cohorts/[cohortId]": { who: EVERYONE, permission: "public.read" },
  "GET /api/ics/sessions/[sessionId]": { who: EVERYONE, permission: "public.read" },

  // One's own space: someone else's record is never one's own.
  "/me": { who: SIGNED_IN, permission: "account.updateProfile" },
  "/me/profile": { who: SIGNED_IN, permission: "account.updateProfile" },
  "/me/security": { who: SIGNED_IN, permission: "account.updateProfile" },
  "/me/data": { who: SIGNED_IN, permission: "privacy.ownData" },
  "/me/data/readable": { who: SIGNED_IN, permission: "privacy.ownData" },
  "/me/security/two-factor": { who: SIGNED_IN, permission: "account.updateProfile" },
  "/me/nominations": { who: SIGNED_IN, permission: "nomination.invite" },
  "/me/alumni-profile": { who: ["alumnus"], permission: "alumni.editProfile" },
  "/me/applications/[id]": { who: NOBODY, permission: "application.apply", fill: { id: "applicationId" } },
  "/me/applications/[id]/review": { who: NOBODY, permission: "application.apply", fill: { id: "applicationId" } },
  "/me/cohorts/[cohortId]": { who: ["participant"], permission: "participant.space", scope: "cpi" },
  "/me/cohorts/[cohortId]/proposal": { who: ["participant"], permission: "proposal.submit", scope: "cpi" },
  "/me/offers/[enrolmentId]": { who: NOBODY, permission: "offer.respond" },
  "POST /api/account/password": { who: SIGNED_IN, permission: "account.updateProfile" },
  "PUT /api/applications/[id]": { who: NOBODY, permission: "application.apply", fill: { id: "applicationId" } },
  "POST /api/applications/[id]/submit": { who: NOBODY, permission: "application.apply", fill: { id: "applicationId" } },
  "POST /api/applications/[id]/withdraw": {
    who: NOBODY,
    permission: "application.apply",
    fill: { id: "applicationId" },
  },
  "POST /api/applications/[id]/reopen": { who: NOBODY, permission: "application.apply", fill: { id: "applicationId" } },
  "GET /api/applications/[id]/files/[questionId]": {
    who: NOBODY,
    permission: "application.apply",
    fill: { id: "applicationId" },
  },
  "POST /api/applications/[id]/files/[questionId]": {
    who: NOBODY,
    permission: "application.apply",
    fill: { id: "applicationId" },
  },
  "DELETE /api/applications/[id]/files/[questionId]": {
    who: NOBODY,
    permission: "application.apply",
    fill: { id: "applicationId" },
  },
  "POST /api/me/alumni-photo": { who: ["alumnus"], permission: "alumni.editProfile" },
  "DELETE /api/me/alumni-photo": { who: ["alumnus"], permission: "alumni.editProfile" },
  "GET /api/participants/ics/[enrolmentId]/[token]": { who: NOBODY, fill: { token: "=not-the-token" } },
  "GET /api/participants/certificates/[cohortId]": { who: NOBODY, permission: "participant.space", scope: "cpi" },
  // The first material has no file stored on this server (a link, or seeded without bytes): 404 for everyone.
  "GET /api/participants/materials/[materialId]": {
    who: NOBODY,
    permission: "participant.space",
    scope: "cpi",
  },
  "POST /api/participants/materials": { who: ADMIN, permission: "cohort.manage", scope: "cpi" },
  "POST /api/participants/proposals/attachments": { who: ["participant"], permission: "proposal.submit" },
  "GET /api/participants/proposals/attachments/[attachmentId]": {
    who: NOBODY,
    permission: "proposal.submit",
    scope: "cpi",
  },
  "POST /api/participants/attendance/import": { who: ADMIN, permission: "attendance.mark", scope: "cpi" },
  // The empty template carries no record, so any staff member may download it.
  "GET /api/participants/attendance/import/template": { who: STAFF, permission: "attendance.mark" },

  // Reviewers and mentors
  "/review": { who: ["reviewer", "mentor"], permission: "review.score" },
  "/review/[applicationId]": { who: NOBODY, permission: "review.score", scope: "cpi" },
  "/review/proposals": { who: ["reviewer", "mentor"], permission: "review.score" },
  // The first proposal review is mentor@'s own; no one else reaches it.
  "/review/proposals/[reviewId]": {
    who: ["mentor"],
    permission: "review.score",
    scope: "cpi",
    fill: { reviewId: "proposalReviewId" },
  },

  // Partners
  "/partner": { who: ["partner", "otherManager", "admin"], permission: "programme.viewPartner" },
  "/partner/reports": { who: ["partner", "otherManager", "admin"], permission: "programme.viewPartner" },
  "GET /partner/reports/export": { who: ["partner", "otherManager", "admin"], permission: "programme.viewPartner" },
  "/partner/programmes/[programmeId]": {
    who: ["partner", "admin"],
    permission: "programme.viewPartner",
    scope: "cpi",
  },
  "/partner/programmes/[programmeId]/cohorts/[cohortId]": {
    who: ["partner", "admin"],
    permission: "programme.viewPartner",
    scope: "cpi",
  },

  // Alumni
  "/alumni": { who: EVERYONE, permission: "public.read" },
  // The directory answers everyone with what each may see (the public part for the public): what shows
  // for whom is checked field by field in alumni-privacy.spec.ts.
  "/alumni/directory": { who: EVERYONE, permission: "public.read" },
  "/alumni/experts": { who: EVERYONE, permission: "public.read" },
  "GET /api/alumni/directory": { who: EVERYONE, permission: "public.read" },
  "/alumni/posts": { who: ["alumnus", "otherManager", "admin"], permission: "alumni.directory" },
  "/alumni/posts/new": { who: ["alumnus"], permission: "alumni.post" },
  "/alumni/posts/[postId]": { who: ["alumnus", "otherManager", "admin"], permission: "alumni.directory" },
  // The first post is not an event: no calendar file for anyone.
  "GET /api/alumni/posts/[postId]/ics": { who: NOBODY, permission: "alumni.directory" },
  "/alumni/messages": { who: ["alumnus"], permission: "alumni.message" },
  "/alumni/messages/[userId]": { who: ["alumnus"], permission: "alumni.message", fill: { userId: "alumnusId" } },
  "/alumni/profile/[userId]": {
    who: ["alumnus", "otherManager", "admin"],
    permission: "alumni.directory",
    fill: { userId: "alumnusId" },
  },
  // This alumna has no photo: 404 for everyone, as for one hidden from the asker.
  "GET /api/alumni/photo/[userId]": {
    who: NOBODY,
    permission: "alumni.directory",
    fill: { userId: "alumnusId" },
  },

  // Staff pages about no record in particular
  "/admin": { who: STAFF, permission: "admin.dashboard" },
  "/admin/outbox": { who: ADMIN, permission: "admin.outbox" },
  "/admin/audit": { who: ADMIN, permission: "admin.audit" },
  "/admin/jobs": { who: ADMIN, permission: "admin.jobs" },
  "/admin/privacy": { who: ADMIN, permission: "privacy.manage" },
  "/admin/alumni": { who: STAFF, permission: "alumni.moderate" },
  "/admin/alumni/import": { who: STAFF, permission: "alumni.import" },
  "POST /api/admin/alumni/import": { who: STAFF, permission: "alumni.import" },
  "GET /api/admin/alumni/import/template": { who: STAFF, permission: "alumni.import" },
  "/admin/calls": { who: STAFF, permission: "call.manage" },
  "/admin/calls/new": { who: STAFF, permission: "call.manage" },
  "/admin/cohorts": { who: STAFF, permission: "admin.dashboard" },
  "/admin/country-groups": { who: STAFF, permission: "call.manage" },
  "/admin/networks": { who: STAFF, permission: "organisation.manage" },
  "/admin/networks/[networkId]": { who: STAFF, permission: "organisation.manage" },
  "/admin/organisations": { who: STAFF, permission: "organisation.manage" },
  "/admin/organisations/[organisationId]": { who: STAFF, permission: "organisation.manage" },
  "/admin/programmes": { who: STAFF, permission: "admin.dashboard" },
  "/admin/programmes/new": { who: ADMIN, permission: "programme.create" },
  "/admin/reports": { who: STAFF, permission: "programme.viewInternal" },
  "GET /api/admin/reports/export": { who: STAFF, permission: "programme.viewInternal" },
  "/admin/roster": { who: STAFF, permission: "roster.search" },
  // This alumna is not on the expert roster: 404 for everyone.
  "/admin/roster/[userId]": { who: NOBODY, permission: "roster.search", fill: { userId: "alumnusId" } },

  // Staff pages about a record of the CPI
  "/admin/calls/[id]": { who: ADMIN, permission: "call.manage", scope: "cpi", fill: call },
  "/admin/calls/[id]/applications": { who: ADMIN, permission: "application.viewAll", scope: "cpi", fill: call },
  "/admin/calls/[id]/applications/[appId]": {
    who: ADMIN,
    permission: "application.viewAll",
    scope: "cpi",
    fill: { id: "callId", appId: "applicationId" },
  },
  "/admin/calls/[id]/decisions": { who: ADMIN, permission: "selection.decide", scope: "cpi", fill: call },
  "/admin/calls/[id]/decisions/letters": { who: ADMIN, permission: "selection.decide", scope: "cpi", fill: call },
  "/admin/calls/[id]/form": { who: ADMIN, permission: "call.manage", scope: "cpi", fill: call },
  "/admin/calls/[id]/import": { who: ADMIN, permission: "application.import", scope: "cpi", fill: call },
  "/admin/calls/[id]/translations": { who: ADMIN, permission: "call.manage", scope: "cpi", fill: call },
  "/admin/calls/[id]/preview": { who: ADMIN, permission: "call.manage", scope: "cpi", fill: call },
  "/admin/calls/[id]/ranking": { who: ADMIN, permission: "selection.run", scope: "cpi", fill: call },
  "/admin/calls/[id]/review": { who: ADMIN, permission: "review.assign", scope: "cpi", fill: call },
  "/admin/calls/[id]/selection": { who: ADMIN, permission: "selection.run", scope: "cpi", fill: call },
  "/admin/calls/[id]/selection/rules": { who: ADMIN, permission: "selection.run", scope: "cpi", fill: call },
  "GET /api/admin/calls/[id]/csv/[kind]": {
    who: ADMIN,
    permission: "selection.run",
    scope: "cpi",
    fill: { id: "callId", kind: "=ranking" },
  },
  "GET /api/admin/calls/[id]/export": { who: ADMIN, permission: "application.export", scope: "cpi", fill: call },
  "POST /api/admin/calls/[id]/import": { who: ADMIN, permission: "application.import", scope: "cpi", fill: call },
  "POST /api/admin/calls/[id]/scores": { who: ADMIN, permission: "review.assign", scope: "cpi", fill: call },
  "GET /api/admin/calls/[id]/templates/[kind]": {
    who: ADMIN,
    permission: "application.import",
    scope: "cpi",
    fill: { id: "callId", kind: "=applications" },
  },
  "/admin/cohorts/[cohortId]": { who: ADMIN, permission: "cohort.manage", scope: "cpi" },
  "/admin/cohorts/[cohortId]/attendance": { who: ADMIN, permission: "attendance.mark", scope: "cpi" },
  "/admin/cohorts/[cohortId]/attendance/[sessionId]": { who: ADMIN, permission: "attendance.mark", scope: "cpi" },
  "/admin/cohorts/[cohortId]/graduation": { who: ADMIN, permission: "certificate.issue", scope: "cpi" },
  "/admin/cohorts/[cohortId]/proposals": { who: ADMIN, permission: "proposal.manage", scope: "cpi" },
  "/admin/cohorts/[cohortId]/translations": { who: ADMIN, permission: "cohort.manage", scope: "cpi" },
  "/admin/programmes/[programmeId]": { who: ADMIN, permission: "programme.update", scope: "cpi" },
  "/admin/programmes/[programmeId]/translations": { who: ADMIN, permission: "programme.update", scope: "cpi" },
  "/admin/programmes/[programmeId]/cohorts/new": { who: ADMIN, permission: "cohort.manage", scope: "cpi" },
  "/admin/programmes/[programmeId]/cohorts/[cohortId]": { who: ADMIN, permission: "cohort.manage", scope: "cpi" },
  "/admin/programmes/[programmeId]/cohorts/[cohortId]/sessions": {
    who: ADMIN,
    permission: "cohort.manage",
    scope: "cpi",
  },
  "/admin/programmes/[programmeId]/cohorts/[cohortId]/sessions/[sessionId]": {
    who: ADMIN,
    permission: "cohort.manage",
    scope: "cpi",
  },
  "/admin/programmes/[programmeId]/cohorts/[cohortId]/timetable": {
    who: ADMIN,
    permission: "cohort.manage",
    scope: "cpi",
  },
  "/admin/reports/calls/[id]": { who: ADMIN, permission: "programme.viewInternal", scope: "cpi", fill: call },
  "/admin/reports/editions/[id]": {
    who: ADMIN,
    permission: "programme.viewInternal",
    scope: "cpi",
    fill: { id: "cohortId" },
  },
  "/admin/reports/programmes/[id]": {
    who: ADMIN,
    permission: "programme.viewInternal",
    scope: "cpi",
    fill: { id: "programmeId" },
  },
  "/admin/reports/programmes/[id]/summary": {
    who: ADMIN,
    permission: "programme.viewInternal",
    scope: "cpi",
    fill: { id: "programmeId" },
  },
};

/** Which world.params key fills a segment when its row says nothing ("=x" is the literal x). */
export const DEFAULT_FILL: Record<string, string> = {
  cohortId: "cohortId",
  sessionId: "sessionId",
  programmeId: "programmeId",
  networkId: "networkId",
  organisationId: "organisationId",
  userId: "alumnusId",
  postId: "postId",
  enrolmentId: "enrolmentId",
  materialId: "materialId",
  attachmentId: "attachmentId",
  questionId: "questionId",
  applicationId: "applicationId",
};
