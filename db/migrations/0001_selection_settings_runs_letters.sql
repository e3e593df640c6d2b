CREATE TYPE "public"."letter_kind" AS ENUM('offer', 'waitlist', 'reject');--> statement-breakpoint
CREATE TYPE "public"."review_aggregation" AS ENUM('mean', 'median');--> statement-breakpoint
CREATE TYPE "public"."selection_run_status" AS ENUM('suggested', 'accepted', 'discarded');--> statement-breakpoint
CREATE TABLE "letter_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"kind" "letter_kind" NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"seed" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"chosen_ids" uuid[] NOT NULL,
	"objective" double precision NOT NULL,
	"plain_objective" double precision NOT NULL,
	"price_of_balance" double precision NOT NULL,
	"feasible" boolean NOT NULL,
	"violations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"candidates" integer NOT NULL,
	"solve_ms" integer NOT NULL,
	"status" "selection_run_status" DEFAULT 'suggested' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "selection_settings" (
	"call_id" uuid PRIMARY KEY NOT NULL,
	"reviewers_per_application" integer DEFAULT 2 NOT NULL,
	"anonymised" boolean DEFAULT false NOT NULL,
	"normalise" boolean DEFAULT false NOT NULL,
	"aggregation" "review_aggregation" DEFAULT 'mean' NOT NULL,
	"avoid_same_country" boolean DEFAULT false NOT NULL,
	"offer_days" integer DEFAULT 14 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_runs" ADD CONSTRAINT "selection_runs_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_runs" ADD CONSTRAINT "selection_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_runs" ADD CONSTRAINT "selection_runs_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_settings" ADD CONSTRAINT "selection_settings_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "letter_templates_call_kind_key" ON "letter_templates" USING btree ("call_id","kind");--> statement-breakpoint
CREATE INDEX "letter_templates_updated_by_idx" ON "letter_templates" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "selection_runs_call_created_idx" ON "selection_runs" USING btree ("call_id","created_at");--> statement-breakpoint
CREATE INDEX "selection_runs_created_by_idx" ON "selection_runs" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "selection_runs_decided_by_idx" ON "selection_runs" USING btree ("decided_by");