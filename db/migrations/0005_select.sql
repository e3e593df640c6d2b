CREATE TABLE "country_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "selection_runs" ADD COLUMN "explanation" jsonb;--> statement-breakpoint
ALTER TABLE "selection_runs" ADD COLUMN "rule_prices" jsonb;--> statement-breakpoint
ALTER TABLE "selection_runs" ADD COLUMN "way_out" text;--> statement-breakpoint
ALTER TABLE "selection_runs" ADD COLUMN "way_out_reason" text;--> statement-breakpoint
ALTER TABLE "country_groups" ADD CONSTRAINT "country_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "country_groups_name_key" ON "country_groups" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "country_groups_created_by_idx" ON "country_groups" USING btree ("created_by");