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
-- (migration 0015): per call and status a write moved, how many it added or took away. Insert-only, and no lock:
-- writers never wait on one another here, nor on a ranking being worked out (lib/calls/status-counts.ts says how a
-- refresh corrects the counts without one).
CREATE OR REPLACE FUNCTION "ranking_changed_by_applications"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO ranking_changes (call_id) SELECT DISTINCT call_id FROM new_rows WHERE application_reviewable(status);
    INSERT INTO application_status_counts (call_id, status, n, unreviewed)
      SELECT r.call_id, r.status, count(*), count(*) FILTER (WHERE coalesce(s.reviews, 0) = 0)
      FROM new_rows r LEFT JOIN application_scores s ON s.application_id = r.id GROUP BY 1, 2;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO ranking_changes (call_id) SELECT DISTINCT call_id FROM old_rows WHERE application_reviewable(status);
    INSERT INTO application_status_counts (call_id, status, n, unreviewed)
      SELECT r.call_id, r.status, -count(*), -count(*) FILTER (WHERE coalesce(s.reviews, 0) = 0)
      FROM old_rows r LEFT JOIN application_scores s ON s.application_id = r.id GROUP BY 1, 2;
  ELSE
    INSERT INTO ranking_changes (call_id) SELECT DISTINCT c.call_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n.call_id), (o.call_id)) c (call_id)
      WHERE application_reviewable(n.status) IS DISTINCT FROM application_reviewable(o.status)
        OR n.call_id IS DISTINCT FROM o.call_id;
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
