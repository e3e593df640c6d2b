CREATE TABLE "track_partners" (
	"track_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "track_partners_track_id_organisation_id_pk" PRIMARY KEY("track_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "tracks" DROP CONSTRAINT "tracks_partner_organisation_id_organisations_id_fk";
--> statement-breakpoint
DROP INDEX "tracks_partner_idx";--> statement-breakpoint
ALTER TABLE "track_partners" ADD CONSTRAINT "track_partners_track_id_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "track_partners" ADD CONSTRAINT "track_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "track_partners_organisation_idx" ON "track_partners" USING btree ("organisation_id");--> statement-breakpoint
-- Each track's single partner becomes its first row here before the column goes.
INSERT INTO "track_partners" ("track_id", "organisation_id") SELECT "id", "partner_organisation_id" FROM "tracks" WHERE "partner_organisation_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "tracks" DROP COLUMN "partner_organisation_id";