CREATE TABLE "report_snapshots" (
	"key" text PRIMARY KEY NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "report_snapshots_computed_idx" ON "report_snapshots" USING btree ("computed_at");