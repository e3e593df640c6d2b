CREATE TYPE "public"."content_language" AS ENUM('en', 'ko', 'fr');--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "main_language" "content_language" DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;