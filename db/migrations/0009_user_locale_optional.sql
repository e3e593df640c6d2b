ALTER TABLE "users" ALTER COLUMN "locale" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "locale" DROP NOT NULL;--> statement-breakpoint
-- Nobody could choose a language before this column became optional: the old default was no choice.
UPDATE "users" SET "locale" = NULL WHERE "locale" = 'en';
