CREATE TABLE "application_scores" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	"reviews" integer NOT NULL,
	"criteria" jsonb NOT NULL,
	"raw" double precision,
	"normalised" double precision,
	"score" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_rankings" (
	"call_id" uuid PRIMARY KEY NOT NULL,
	"basis" text NOT NULL,
	"applications" integer NOT NULL,
	"figures" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ranking_changes" (
	"call_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "call_rankings" ADD CONSTRAINT "call_rankings_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "application_scores_call_rank_key" ON "application_scores" USING btree ("call_id","rank");--> statement-breakpoint
CREATE INDEX "ranking_changes_call_idx" ON "ranking_changes" USING btree ("call_id");--> statement-breakpoint
-- Whether the ranking lists an application: lib/review/call.ts REVIEWABLE (lib/review/ranking.test.ts holds them equal).
CREATE FUNCTION "application_reviewable"(s "application_status") RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT s NOT IN ('draft', 'withdrawn')
$$;--> statement-breakpoint
-- A stored ranking goes out of date when what it is worked out from changes. Statement triggers with
-- transition tables: a bulk write logs each call once, and writers only insert (no row they wait on).
CREATE FUNCTION "ranking_changed_by_reviews"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO ranking_changes (call_id) SELECT DISTINCT a.call_id FROM new_rows r JOIN applications a ON a.id = r.application_id;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO ranking_changes (call_id) SELECT DISTINCT a.call_id FROM old_rows r JOIN applications a ON a.id = r.application_id;
  ELSE
    INSERT INTO ranking_changes (call_id) SELECT DISTINCT a.call_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      JOIN applications a ON a.id IN (n.application_id, o.application_id)
      WHERE n.status IS DISTINCT FROM o.status OR n.scores IS DISTINCT FROM o.scores
        OR n.application_id IS DISTINCT FROM o.application_id;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "reviews_ranking_insert" AFTER INSERT ON "reviews" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "ranking_changed_by_reviews"();--> statement-breakpoint
CREATE TRIGGER "reviews_ranking_update" AFTER UPDATE ON "reviews" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "ranking_changed_by_reviews"();--> statement-breakpoint
CREATE TRIGGER "reviews_ranking_delete" AFTER DELETE ON "reviews" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "ranking_changed_by_reviews"();--> statement-breakpoint
CREATE FUNCTION "ranking_changed_by_applications"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO ranking_changes (call_id) SELECT DISTINCT call_id FROM new_rows WHERE application_reviewable(status);
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO ranking_changes (call_id) SELECT DISTINCT call_id FROM old_rows WHERE application_reviewable(status);
  ELSE
    INSERT INTO ranking_changes (call_id) SELECT DISTINCT c.call_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n.call_id), (o.call_id)) c (call_id)
      WHERE application_reviewable(n.status) IS DISTINCT FROM application_reviewable(o.status)
        OR n.call_id IS DISTINCT FROM o.call_id;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "applications_ranking_insert" AFTER INSERT ON "applications" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "ranking_changed_by_applications"();--> statement-breakpoint
CREATE TRIGGER "applications_ranking_update" AFTER UPDATE ON "applications" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "ranking_changed_by_applications"();--> statement-breakpoint
CREATE TRIGGER "applications_ranking_delete" AFTER DELETE ON "applications" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "ranking_changed_by_applications"();--> statement-breakpoint
-- Every call existing before this migration is worked out on first read.
INSERT INTO ranking_changes (call_id) SELECT id FROM calls;
