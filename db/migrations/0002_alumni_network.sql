CREATE TYPE "public"."report_status" AS ENUM('open', 'resolved');--> statement-breakpoint
CREATE TABLE "account_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"claimed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alumni_blocks" (
	"blocker_id" uuid NOT NULL,
	"blocked_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alumni_blocks_blocker_id_blocked_id_pk" PRIMARY KEY("blocker_id","blocked_id")
);
--> statement-breakpoint
CREATE TABLE "alumni_digests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"post_count" integer NOT NULL,
	"recipient_count" integer NOT NULL,
	"sent_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alumni_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sender_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alumni_profile_updates" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "alumni_profile_updates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"position" text,
	"organisation" text,
	"country" char(2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alumni_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reporter_id" uuid NOT NULL,
	"reported_user_id" uuid,
	"message_id" uuid,
	"post_id" uuid,
	"reason" text NOT NULL,
	"status" "report_status" DEFAULT 'open' NOT NULL,
	"resolved_by_id" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert_engagements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"expert_id" uuid NOT NULL,
	"description" text NOT NULL,
	"country" char(2),
	"year" integer NOT NULL,
	"recorded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "post_rsvps" (
	"post_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "post_rsvps_post_id_user_id_pk" PRIMARY KEY("post_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "alumni_profiles" ADD COLUMN "digest_opt_in" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "alumni_profiles" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "opportunity_kind" text;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "link" text;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "event_time_zone" text;--> statement-breakpoint
ALTER TABLE "posts" ADD COLUMN "event_location" text;--> statement-breakpoint
ALTER TABLE "account_claims" ADD CONSTRAINT "account_claims_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alumni_blocks" ADD CONSTRAINT "alumni_blocks_blocker_id_users_id_fk" FOREIGN KEY ("blocker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alumni_blocks" ADD CONSTRAINT "alumni_blocks_blocked_id_users_id_fk" FOREIGN KEY ("blocked_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alumni_digests" ADD CONSTRAINT "alumni_digests_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alumni_messages" ADD CONSTRAINT "alumni_messages_sender_id_users_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alumni_messages" ADD CONSTRAINT "alumni_messages_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alumni_profile_updates" ADD CONSTRAINT "alumni_profile_updates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alumni_reports" ADD CONSTRAINT "alumni_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alumni_reports" ADD CONSTRAINT "alumni_reports_reported_user_id_users_id_fk" FOREIGN KEY ("reported_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alumni_reports" ADD CONSTRAINT "alumni_reports_message_id_alumni_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."alumni_messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alumni_reports" ADD CONSTRAINT "alumni_reports_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alumni_reports" ADD CONSTRAINT "alumni_reports_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_engagements" ADD CONSTRAINT "expert_engagements_expert_id_users_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_engagements" ADD CONSTRAINT "expert_engagements_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_rsvps" ADD CONSTRAINT "post_rsvps_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_rsvps" ADD CONSTRAINT "post_rsvps_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "account_claims_token_key" ON "account_claims" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "account_claims_user_idx" ON "account_claims" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "alumni_blocks_blocked_idx" ON "alumni_blocks" USING btree ("blocked_id");--> statement-breakpoint
CREATE INDEX "alumni_digests_period_idx" ON "alumni_digests" USING btree ("period_end");--> statement-breakpoint
CREATE INDEX "alumni_digests_sent_by_idx" ON "alumni_digests" USING btree ("sent_by_id");--> statement-breakpoint
CREATE INDEX "alumni_messages_sender_idx" ON "alumni_messages" USING btree ("sender_id","created_at");--> statement-breakpoint
CREATE INDEX "alumni_messages_recipient_idx" ON "alumni_messages" USING btree ("recipient_id","created_at");--> statement-breakpoint
CREATE INDEX "alumni_profile_updates_user_idx" ON "alumni_profile_updates" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "alumni_reports_status_idx" ON "alumni_reports" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "alumni_reports_reporter_idx" ON "alumni_reports" USING btree ("reporter_id");--> statement-breakpoint
CREATE INDEX "alumni_reports_reported_idx" ON "alumni_reports" USING btree ("reported_user_id");--> statement-breakpoint
CREATE INDEX "alumni_reports_message_idx" ON "alumni_reports" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "alumni_reports_post_idx" ON "alumni_reports" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "alumni_reports_resolved_by_idx" ON "alumni_reports" USING btree ("resolved_by_id");--> statement-breakpoint
CREATE INDEX "expert_engagements_expert_idx" ON "expert_engagements" USING btree ("expert_id","year");--> statement-breakpoint
CREATE INDEX "expert_engagements_recorded_by_idx" ON "expert_engagements" USING btree ("recorded_by_id");--> statement-breakpoint
CREATE INDEX "post_rsvps_user_idx" ON "post_rsvps" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "posts_kind_idx" ON "posts" USING btree ("kind");