ALTER TABLE "cohorts" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "announcements" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "letter_templates" ADD COLUMN "translations" jsonb DEFAULT '{}'::jsonb NOT NULL;