CREATE TABLE "application_status_counts" (
	"call_id" uuid NOT NULL,
	"status" "application_status" NOT NULL,
	"n" integer NOT NULL,
	"unreviewed" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "application_status_counts_call_idx" ON "application_status_counts" USING btree ("call_id","status");--> statement-breakpoint
-- A call's applications per status, and how many of them have no submitted review in the stored ranking, kept as
-- changes (db/schema/calls.ts applicationStatusCounts) by the statement trigger that logs ranking changes
-- (migration 0015): per call and status a write moved, how many it added or took away. Insert-only, so writers
-- never wait on one another here. A writer that moves applications first takes its calls' ranking lock shared
-- (lib/review/ranking-store.ts refreshRanking takes it whole, and counts a call afresh under it): its rows are
-- then counted either in the refresh or after it, against the ranking it wrote, never both or neither.
CREATE OR REPLACE FUNCTION "ranking_changed_by_applications"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO ranking_changes (call_id) SELECT DISTINCT call_id FROM new_rows WHERE application_reviewable(status);
    PERFORM pg_advisory_xact_lock_shared(hashtextextended(m.call_id::text, 0))
      FROM (SELECT DISTINCT call_id FROM new_rows ORDER BY 1) m;
    INSERT INTO application_status_counts (call_id, status, n, unreviewed)
      SELECT r.call_id, r.status, count(*), count(*) FILTER (WHERE coalesce(s.reviews, 0) = 0)
      FROM new_rows r LEFT JOIN application_scores s ON s.application_id = r.id GROUP BY 1, 2;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO ranking_changes (call_id) SELECT DISTINCT call_id FROM old_rows WHERE application_reviewable(status);
    PERFORM pg_advisory_xact_lock_shared(hashtextextended(m.call_id::text, 0))
      FROM (SELECT DISTINCT call_id FROM old_rows ORDER BY 1) m;
    INSERT INTO application_status_counts (call_id, status, n, unreviewed)
      SELECT r.call_id, r.status, -count(*), -count(*) FILTER (WHERE coalesce(s.reviews, 0) = 0)
      FROM old_rows r LEFT JOIN application_scores s ON s.application_id = r.id GROUP BY 1, 2;
  ELSE
    INSERT INTO ranking_changes (call_id) SELECT DISTINCT c.call_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n.call_id), (o.call_id)) c (call_id)
      WHERE application_reviewable(n.status) IS DISTINCT FROM application_reviewable(o.status)
        OR n.call_id IS DISTINCT FROM o.call_id;
    PERFORM pg_advisory_xact_lock_shared(hashtextextended(m.call_id::text, 0))
      FROM (SELECT DISTINCT c.call_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        CROSS JOIN LATERAL (VALUES (n.call_id), (o.call_id)) c (call_id)
        WHERE n.status IS DISTINCT FROM o.status OR n.call_id IS DISTINCT FROM o.call_id ORDER BY 1) m;
    INSERT INTO application_status_counts (call_id, status, n, unreviewed)
      SELECT c.call_id, c.status, sum(c.n), coalesce(sum(c.n) FILTER (WHERE coalesce(s.reviews, 0) = 0), 0)
      FROM new_rows n JOIN old_rows o ON o.id = n.id
        LEFT JOIN application_scores s ON s.application_id = n.id
        CROSS JOIN LATERAL (VALUES (n.call_id, n.status, 1), (o.call_id, o.status, -1)) c (call_id, status, n)
      WHERE n.status IS DISTINCT FROM o.status OR n.call_id IS DISTINCT FROM o.call_id
      GROUP BY 1, 2
      HAVING sum(c.n) <> 0 OR coalesce(sum(c.n) FILTER (WHERE coalesce(s.reviews, 0) = 0), 0) <> 0;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- The applications there already, counted once.
INSERT INTO application_status_counts (call_id, status, n, unreviewed)
  SELECT a.call_id, a.status, count(*), count(*) FILTER (WHERE coalesce(s.reviews, 0) = 0)
  FROM applications a LEFT JOIN application_scores s ON s.application_id = a.id GROUP BY 1, 2;
