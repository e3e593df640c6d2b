CREATE TABLE "write_marks" (
	"table_name" text NOT NULL,
	"slot" integer NOT NULL,
	"writes" bigint NOT NULL,
	CONSTRAINT "write_marks_table_name_slot_pk" PRIMARY KEY("table_name","slot")
);
--> statement-breakpoint
-- Every table's writes are counted in write_marks (db/write-marks.ts), for the page cache (lib/page-cache.ts): a
-- statement trigger adds one to the row of the written table and of the writing connection (its backend's pid),
-- in the writer's transaction, so a snapshot that sees a write sees its mark. One row per connection: two
-- transactions at once are on two connections, so writers never wait on each other here, and never deadlock.
CREATE FUNCTION "mark_write"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO write_marks (table_name, slot, writes) VALUES (TG_TABLE_NAME, pg_backend_pid(), 1)
  ON CONFLICT (table_name, slot) DO UPDATE SET writes = write_marks.writes + 1;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- Puts the trigger on every table of the schema that lacks it (write_marks aside), and gives every table a row at
-- slot 0, so the marks name every table there is. db/migrate.ts calls it after every migration, so a table a later
-- migration adds is counted too.
CREATE FUNCTION "mark_all_tables"() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> 'write_marks'
      AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'mark_write')
    ORDER BY c.relname
  LOOP
    EXECUTE format('CREATE TRIGGER mark_write AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION mark_write()', t.relname);
  END LOOP;
  INSERT INTO write_marks (table_name, slot, writes)
  SELECT c.relname, 0, 0 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> 'write_marks'
  ON CONFLICT (table_name, slot) DO NOTHING;
END
$$;--> statement-breakpoint
SELECT mark_all_tables();
