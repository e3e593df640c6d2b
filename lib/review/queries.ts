import "server-only";
import { and, asc, eq, ilike, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  applicationFiles,
  applications,
  calls,
  cohorts,
  profiles,
  programmeRoles,
  reviews,
  selectionSettings,
  users,
  type CallForm,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import type { RubricCriterion } from "./rubric";
import { identityTerms, redactAnswers } from "./anonymise";
import { REVIEWABLE, type CallContext } from "./call";
import { aliased, subquery } from "@/db/subquery";
import { keysetColumn, keysetPage, keysetQuery, parseCursor, type KeysetSort } from "@/db/keyset";
import { loadReviewFigures } from "./ranking";

// Drizzle leaves columns unqualified in a one-table select; inside a subquery "id" would be the inner row's.
const APPLICATION_ID = sql.raw('"applications"."id"');

const SETUP_PAGE_SIZE = 25;

type ReviewerRow = { id: string; name: string; email: string; organisation: string | null; country: string | null };
type ReviewRow = { id: string; reviewerId: string; reviewerName: string; status: string; version: number };
type AppRow = {
  id: string;
  reference: string;
  status: (typeof applications.$inferSelect)["status"];
  name: string;
  reviews: ReviewRow[];
  keyset: unknown[];
};

const SETUP_SORT: KeysetSort = {
  direction: "asc",
  keys: [
    { expr: sql`${applications.reference}`, type: "text" },
    { expr: sql`${applications.id}`, type: "uuid" },
  ],
};

/**
 * The review setup page: reviewers with their load, a page of applications with their reviewers (keyset by
 * reference: `after`/`before` cursors), and the call's figures with the total for the search in one pass:
 * one statement whatever the page.
 */
export async function getReviewSetup(
  db: Executor,
  call: CallContext,
  options: { q?: string; after?: string; before?: string },
) {
  const q = options.q?.trim();
  const cursor = parseCursor(options);
  const page = keysetQuery(SETUP_SORT, cursor, SETUP_PAGE_SIZE);
  const inCall = and(eq(applications.callId, call.id), inArray(applications.status, REVIEWABLE));
  const matches = q ? or(ilike(applications.reference, `%${q}%`), ilike(users.name, `%${q}%`)) : undefined;
  const where = matches ? and(inCall, matches) : inCall;
  // The programme's reviewers and the page of applications (each as JSON) are read in the statement that reads
  // the stored figures: one round trip for the whole overview.
  const reviewerList = subquery<ReviewerRow[]>`coalesce((select json_agg(json_build_object('id', u.id, 'name', u.name,
      'email', u.email, 'organisation', p.organisation, 'country', p.nationality) order by u.name)
    from ${programmeRoles} pr join ${users} u on u.id = pr.user_id left join ${profiles} p on p.user_id = u.id
    where pr.programme_id = ${call.programmeId} and pr.role = 'reviewer'), '[]'::json)`;
  const pageQuery = db
    .select({
      id: aliased(applications.id, "id"),
      reference: aliased(applications.reference, "reference"),
      status: aliased(applications.status, "status"),
      name: aliased(users.name, "name"),
      reviews: subquery<ReviewRow[]>`coalesce((
          select json_agg(json_build_object('id', r.id, 'reviewerId', r.reviewer_id, 'reviewerName', u.name, 'status', r.status, 'version', r.version) order by u.name)
          from ${reviews} r join ${users} u on u.id = r.reviewer_id where r.application_id = ${APPLICATION_ID}), '[]'::json)`.as(
        "reviews",
      ),
      keyset: keysetColumn(SETUP_SORT).as("keyset"),
      // The page's own order, kept through json_agg below.
      n: sql<number>`row_number() over (order by ${sql.join(page.orderBy, sql`, `)})`.as("n"),
    })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.applicantId))
    .where(page.where ? and(where, page.where) : where)
    .orderBy(...page.orderBy)
    .limit(page.limit);
  // The figures change only with reviews: counted with the stored ranking, read here in the same statement.
  const stored = await loadReviewFigures(db, call, {
    matching: matches
      ? subquery<number>`(select count(*) from ${applications} join ${users} on ${users.id} = ${applications.applicantId} where ${where})`
      : undefined,
    alongside: {
      reviewers: reviewerList,
      page: subquery`coalesce((select json_agg(p order by p.n) from (${pageQuery}) p), '[]'::json)`,
    },
  });
  const reviewerRows = stored.alongside.reviewers as ReviewerRow[];
  const appRows = (stored.alongside.page as (AppRow & { n: number })[]).map(({ n: _n, ...row }) => row);
  const { items, next, previous } = keysetPage(appRows, cursor, SETUP_PAGE_SIZE);
  const load = stored.figures.reviewers;
  return {
    reviewers: reviewerRows.map((r) => {
      const [assigned, submitted, conflicts] = load[r.id] ?? [0, 0, 0];
      return { ...r, assigned, submitted, conflicts };
    }),
    applications: items,
    next,
    previous,
    total: stored.matching ?? stored.applications,
    pageSize: SETUP_PAGE_SIZE,
    figures: {
      applications: stored.applications,
      unassigned: stored.figures.unassigned,
      reviews: stored.figures.reviews,
      submitted: stored.figures.submitted,
    },
  };
}

const QUEUE_PAGE_SIZE = 25;
/** Open work first, then by reference (keyset: `after`/`before` cursors). */
const QUEUE_SORT: KeysetSort = {
  direction: "asc",
  keys: [
    { expr: sql`(${reviews.status} = 'submitted')`, type: "boolean" },
    { expr: sql`${applications.reference}`, type: "text" },
    { expr: sql`${reviews.id}`, type: "uuid" },
  ],
};

/**
 * A reviewer's queue: only applications assigned to them (a declared conflict leaves it). In an
 * anonymised call the name is never selected, so it cannot reach the page.
 */
export async function listMyReviews(
  db: Executor,
  actor: Actor,
  options: { after?: string; before?: string; status?: "open" | "submitted" },
) {
  const cursor = parseCursor(options);
  const page = keysetQuery(QUEUE_SORT, cursor, QUEUE_PAGE_SIZE);
  const mine = and(
    eq(reviews.reviewerId, actor.userId),
    isNotNull(reviews.applicationId),
    inArray(reviews.status, ["assigned", "draft", "submitted"]),
  );
  const where =
    options.status === "submitted"
      ? and(mine, eq(reviews.status, "submitted"))
      : options.status === "open"
        ? and(mine, inArray(reviews.status, ["assigned", "draft"]))
        : mine;
  // The page is chosen from the reviewer's reviews and their applications' references alone (the applicant,
  // call and edition are joined to its 26 rows only): the reviews are read open work first
  // (reviews_reviewer_queue_idx), so the first pages probe only the open reviews' references, and each probe is
  // read from the index on (id, reference). Any other column of applications here makes each probe a read of the
  // row, and Postgres then prefers to read all 100,000 applications (30 ms a page instead of 1).
  const chosen = db
    .select({
      applicationId: aliased(reviews.applicationId, "queue_application_id"),
      reference: aliased(applications.reference, "queue_reference"),
      status: aliased(reviews.status, "queue_status"),
      submittedAt: aliased(reviews.submittedAt, "queue_submitted_at"),
      keyset: keysetColumn(QUEUE_SORT).as("queue_keyset"),
      position: sql<number>`row_number() over (order by ${sql.join(page.orderBy, sql`, `)})`.as("queue_position"),
    })
    .from(reviews)
    .innerJoin(applications, eq(applications.id, reviews.applicationId))
    .where(page.where ? and(where, page.where) : where)
    .orderBy(...page.orderBy)
    .limit(page.limit)
    .as("page");
  const [rows, [progress]] = await Promise.all([
    db
      .select({
        applicationId: applications.id,
        reference: chosen.reference,
        status: chosen.status,
        callTitle: calls.title,
        anonymised: sql<boolean>`coalesce(${selectionSettings.anonymised}, false)`,
        name: sql<
          string | null
        >`case when coalesce(${selectionSettings.anonymised}, false) then null else ${users.name} end`,
        country: applications.snapshotNationality,
        submittedAt: chosen.submittedAt,
        timeZone: cohorts.timeZone,
        keyset: chosen.keyset,
      })
      .from(chosen)
      .innerJoin(applications, eq(applications.id, chosen.applicationId))
      .innerJoin(users, eq(users.id, applications.applicantId))
      .innerJoin(calls, eq(calls.id, applications.callId))
      .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
      .leftJoin(selectionSettings, eq(selectionSettings.callId, calls.id))
      .orderBy(asc(chosen.position)),
    db
      .select({
        total: sql<number>`count(*)::int`,
        submitted: sql<number>`count(*) filter (where ${reviews.status} = 'submitted')::int`,
        drafts: sql<number>`count(*) filter (where ${reviews.status} = 'draft')::int`,
        shown: sql<number>`count(*) filter (where ${where})::int`,
      })
      .from(reviews)
      .where(mine),
  ]);
  const { items, next, previous } = keysetPage(rows, cursor, QUEUE_PAGE_SIZE);
  return {
    items,
    next,
    previous,
    progress: progress ?? { total: 0, submitted: 0, drafts: 0, shown: 0 },
    pageSize: QUEUE_PAGE_SIZE,
  };
}

/**
 * One assigned application as its reviewer sees it, or null when it is not assigned to them. In an
 * anonymised call the identity is used here only to withhold it from the answers; what is returned
 * holds no name, contact, organisation or file metadata. Others' scores come only after the
 * reviewer has submitted their own.
 */
export async function getMyReview(db: Executor, actor: Actor, applicationId: string) {
  const [row] = await db
    .select({
      reviewId: reviews.id,
      status: reviews.status,
      version: reviews.version,
      scores: reviews.scores,
      comment: reviews.comment,
      submittedAt: reviews.submittedAt,
      reference: applications.reference,
      answers: applications.answers,
      country: applications.snapshotNationality,
      field: applications.snapshotField,
      organisation: applications.snapshotOrganisation,
      callId: calls.id,
      callTitle: calls.title,
      form: calls.form,
      rubric: calls.rubric,
      programmeId: cohorts.programmeId,
      timeZone: cohorts.timeZone,
      anonymised: sql<boolean>`coalesce(${selectionSettings.anonymised}, false)`,
      name: users.name,
      email: users.email,
      givenName: profiles.givenName,
      familyName: profiles.familyName,
      phone: profiles.phone,
      profileOrganisation: profiles.organisation,
    })
    .from(reviews)
    .innerJoin(applications, eq(applications.id, reviews.applicationId))
    .innerJoin(users, eq(users.id, applications.applicantId))
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .leftJoin(selectionSettings, eq(selectionSettings.callId, calls.id))
    .where(
      and(
        eq(reviews.applicationId, applicationId),
        eq(reviews.reviewerId, actor.userId),
        inArray(reviews.status, ["assigned", "draft", "submitted"]),
      ),
    )
    .limit(1);
  if (!row) return null;

  const [files, others] = await Promise.all([
    db
      .select({
        questionId: applicationFiles.questionId,
        fileName: applicationFiles.fileName,
        mimeType: applicationFiles.mimeType,
        sizeBytes: applicationFiles.sizeBytes,
      })
      .from(applicationFiles)
      .where(eq(applicationFiles.applicationId, applicationId)),
    row.status === "submitted"
      ? db
          .select({ id: reviews.id, scores: reviews.scores, comment: reviews.comment })
          .from(reviews)
          .where(
            and(
              eq(reviews.applicationId, applicationId),
              eq(reviews.status, "submitted"),
              sql`${reviews.reviewerId} <> ${actor.userId}`,
            ),
          )
          .orderBy(asc(reviews.submittedAt))
      : Promise.resolve([]),
  ]);

  const form = row.form as CallForm;
  const terms = row.anonymised
    ? identityTerms({
        name: row.name,
        email: row.email,
        givenName: row.givenName,
        familyName: row.familyName,
        organisations: [row.organisation, row.profileOrganisation],
        phone: row.phone,
      })
    : [];
  const answers = row.anonymised ? redactAnswers(row.answers, terms) : row.answers;
  const shownAnswers = form.questions
    .filter((q) => q.type !== "file" && answers[q.id] !== undefined && answers[q.id] !== null && answers[q.id] !== "")
    .map((q) => ({
      id: q.id,
      label: q.label,
      value: Array.isArray(answers[q.id]) ? (answers[q.id] as unknown[]).join(", ") : String(answers[q.id]),
    }));
  const shownFiles = form.questions
    .filter((q) => q.type === "file")
    .flatMap((q) => {
      const file = files.find((f) => f.questionId === q.id);
      if (!file) return [];
      return [
        row.anonymised
          ? { questionId: q.id, label: q.label, detail: null }
          : {
              questionId: q.id,
              label: q.label,
              detail: { fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.sizeBytes },
            },
      ];
    });

  return {
    applicationId,
    reviewId: row.reviewId,
    status: row.status,
    version: row.version,
    scores: row.scores,
    comment: row.comment,
    submittedAt: row.submittedAt,
    reference: row.reference,
    country: row.country,
    field: row.field,
    callTitle: row.callTitle,
    timeZone: row.timeZone,
    rubric: row.rubric as RubricCriterion[],
    anonymised: row.anonymised,
    applicant: row.anonymised
      ? null
      : { name: row.name, email: row.email, organisation: row.organisation, phone: row.phone },
    answers: shownAnswers,
    files: shownFiles,
    others: others.map((o, i) => ({ label: `Reviewer ${i + 2}`, scores: o.scores, comment: o.comment })),
  };
}
