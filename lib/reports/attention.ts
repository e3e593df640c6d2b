import { statement } from "@/db/subquery";
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { executeRows } from "@/db/subquery";
import { jsonValue, type ProgrammeScope } from "./queries";

export type Attention = {
  callsClosing: { id: string; title: string; closesAt: string; timeZone: string; submitted: number }[];
  reviewsOutstanding: { callId: string; title: string; outstanding: number }[];
  offersExpiring: { cohortId: string; programmeId: string; title: string; offers: number; firstExpiry: string }[];
  emails: { failed: number; stuck: number };
};

const NO_ID = "00000000-0000-0000-0000-000000000000";

function allowed(column: SQL, scope: ProgrammeScope): SQL {
  if (scope === "all") return sql`true`;
  return sql`${column} in (${sql.join(
    (scope.length ? scope : [NO_ID]).map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
}

/**
 * What the dashboard opens on, in one round trip: calls closing in the next 14 days, reviews not yet
 * submitted, offers expiring in the next 7 days (or already past their date, unanswered), emails that
 * failed or have waited more than a day. `now` is passed in so tests fix it. The dashboard's headline figures are
 * not here: they are the organisation report's (lib/reports/report.ts), kept figures the report they open shows.
 */
export async function getAttention(
  db: Executor,
  scope: ProgrammeScope,
  options: { now: Date; includeEmails: boolean },
): Promise<Attention> {
  const now = sql`${options.now.toISOString()}::timestamptz`;
  const query = statement`
select
  (select coalesce(json_agg(x order by x."closesAt"), '[]'::json) from (
     select k.id, k.title, k.closes_at as "closesAt", c.time_zone as "timeZone", count(a.id) filter (where a.status <> 'draft')::int as submitted
     from calls k join cohorts c on c.id = k.cohort_id left join applications a on a.call_id = k.id
     where k.status = 'open' and k.closes_at >= ${now} and k.closes_at < ${now} + interval '14 days' and ${allowed(sql`c.programme_id`, scope)}
     group by k.id, k.title, k.closes_at, c.time_zone) x) as calls_closing,
  (select coalesce(json_agg(x order by x.outstanding desc), '[]'::json) from (
     -- Counted per call first, then named: the open reviews come from their partial index.
     select k.id as "callId", k.title, o.outstanding
     from (select a.call_id, count(*)::int as outstanding
           from reviews r join applications a on a.id = r.application_id
           where r.status in ('assigned', 'draft') and a.status in ('submitted', 'under_review')
             and a.call_id in (select k.id from calls k join cohorts c on c.id = k.cohort_id where ${allowed(sql`c.programme_id`, scope)})
           group by a.call_id) o
     join calls k on k.id = o.call_id) x) as reviews_outstanding,
  (select coalesce(json_agg(x order by x."firstExpiry"), '[]'::json) from (
     select c.id as "cohortId", c.programme_id as "programmeId", c.title, count(e.id)::int as offers, min(e.offer_expires_at) as "firstExpiry"
     from enrolments e join cohorts c on c.id = e.cohort_id
     where e.status = 'offered' and e.offer_expires_at < ${now} + interval '7 days' and ${allowed(sql`c.programme_id`, scope)}
     group by c.id, c.programme_id, c.title) x) as offers_expiring,
  (select json_build_object(
     'failed', count(*) filter (where o.status = 'failed')::int,
     'stuck', count(*) filter (where o.status = 'pending' and o.created_at < ${now} - interval '1 day')::int)
   from email_outbox o where ${options.includeEmails ? sql`true` : sql`false`}) as emails
`;
  const [row] = await executeRows<Record<string, unknown>>(db, query);
  return {
    callsClosing: jsonValue(row?.calls_closing ?? "[]"),
    reviewsOutstanding: jsonValue(row?.reviews_outstanding ?? "[]"),
    offersExpiring: jsonValue(row?.offers_expiring ?? "[]"),
    emails: jsonValue(row?.emails ?? '{"failed":0,"stuck":0}'),
  };
}
