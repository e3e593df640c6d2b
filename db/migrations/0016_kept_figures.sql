CREATE TABLE "figure_versions" (
	"key" text PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_snapshots" ADD COLUMN "version" bigint;--> statement-breakpoint
-- Live figures kept in report_snapshots (db/kept.ts) are counted again once what they count changes: these
-- triggers bump the version of each key a write touches, in the writer's transaction. Keys: `programme:<id>`
-- (its participants and alumni, from enrolments, cohorts and profiles) and `alumni` (the directory's count and
-- filters, from completed enrolments, cohorts and programmes). Statement triggers with transition tables: a bulk
-- write bumps each key once; keys are taken in order, so two writers never wait on each other in a cycle.
CREATE FUNCTION "bump_figure_versions"(keys text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO figure_versions (key, version) SELECT DISTINCT k, 1 FROM unnest(keys) k WHERE k IS NOT NULL ORDER BY k
  ON CONFLICT (key) DO UPDATE SET version = figure_versions.version + 1
$$;--> statement-breakpoint
CREATE FUNCTION "figures_changed_by_enrolments"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bump_figure_versions(ARRAY(
      SELECT 'programme:' || c.programme_id FROM new_rows n JOIN cohorts c ON c.id = n.cohort_id
      UNION SELECT 'alumni' FROM new_rows n WHERE n.status = 'completed'));
  ELSIF TG_OP = 'DELETE' THEN
    -- A cohort deleted with its enrolments is gone by now: the cohorts trigger bumps its programme.
    PERFORM bump_figure_versions(ARRAY(
      SELECT 'programme:' || c.programme_id FROM old_rows o JOIN cohorts c ON c.id = o.cohort_id
      UNION SELECT 'alumni' FROM old_rows o WHERE o.status = 'completed'));
  ELSE
    PERFORM bump_figure_versions(ARRAY(
      SELECT 'programme:' || c.programme_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        JOIN cohorts c ON c.id IN (n.cohort_id, o.cohort_id)
        WHERE n.status IS DISTINCT FROM o.status OR n.cohort_id IS DISTINCT FROM o.cohort_id
          OR n.user_id IS DISTINCT FROM o.user_id
      UNION SELECT 'alumni' FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.status = 'completed' OR o.status = 'completed') AND (n.status IS DISTINCT FROM o.status
          OR n.cohort_id IS DISTINCT FROM o.cohort_id OR n.user_id IS DISTINCT FROM o.user_id)));
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "enrolments_figures_insert" AFTER INSERT ON "enrolments" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "figures_changed_by_enrolments"();--> statement-breakpoint
CREATE TRIGGER "enrolments_figures_update" AFTER UPDATE ON "enrolments" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "figures_changed_by_enrolments"();--> statement-breakpoint
CREATE TRIGGER "enrolments_figures_delete" AFTER DELETE ON "enrolments" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "figures_changed_by_enrolments"();--> statement-breakpoint
CREATE FUNCTION "figures_changed_by_cohorts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM bump_figure_versions(ARRAY(SELECT 'programme:' || o.programme_id FROM old_rows o UNION SELECT 'alumni'));
  ELSE
    PERFORM bump_figure_versions(ARRAY(
      SELECT k FROM new_rows n JOIN old_rows o ON o.id = n.id
        CROSS JOIN LATERAL (VALUES ('programme:' || n.programme_id), ('programme:' || o.programme_id), ('alumni')) x (k)
        WHERE n.programme_id IS DISTINCT FROM o.programme_id OR n.year IS DISTINCT FROM o.year));
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "cohorts_figures_update" AFTER UPDATE ON "cohorts" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "figures_changed_by_cohorts"();--> statement-breakpoint
CREATE TRIGGER "cohorts_figures_delete" AFTER DELETE ON "cohorts" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "figures_changed_by_cohorts"();--> statement-breakpoint
-- Nationalities are counted per programme: a profile's change bumps the programmes its person is enrolled in.
CREATE FUNCTION "figures_changed_by_profiles"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bump_figure_versions(ARRAY(SELECT 'programme:' || c.programme_id FROM new_rows n
      JOIN enrolments e ON e.user_id = n.user_id JOIN cohorts c ON c.id = e.cohort_id));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bump_figure_versions(ARRAY(SELECT 'programme:' || c.programme_id FROM old_rows o
      JOIN enrolments e ON e.user_id = o.user_id JOIN cohorts c ON c.id = e.cohort_id));
  ELSE
    PERFORM bump_figure_versions(ARRAY(SELECT 'programme:' || c.programme_id FROM new_rows n
      JOIN old_rows o ON o.user_id = n.user_id
      JOIN enrolments e ON e.user_id IN (n.user_id, o.user_id) JOIN cohorts c ON c.id = e.cohort_id
      WHERE n.nationality IS DISTINCT FROM o.nationality OR n.user_id IS DISTINCT FROM o.user_id));
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "profiles_figures_insert" AFTER INSERT ON "profiles" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "figures_changed_by_profiles"();--> statement-breakpoint
CREATE TRIGGER "profiles_figures_update" AFTER UPDATE ON "profiles" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "figures_changed_by_profiles"();--> statement-breakpoint
CREATE TRIGGER "profiles_figures_delete" AFTER DELETE ON "profiles" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "figures_changed_by_profiles"();--> statement-breakpoint
-- The directory's programme filter shows each programme's slug and title.
CREATE FUNCTION "figures_changed_by_programmes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.slug IS DISTINCT FROM o.slug OR n.title IS DISTINCT FROM o.title) THEN
    PERFORM bump_figure_versions(ARRAY['alumni']);
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "programmes_figures_update" AFTER UPDATE ON "programmes" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "figures_changed_by_programmes"();
