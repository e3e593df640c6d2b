CREATE INDEX "users_name_idx" ON "users" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "applications_id_reference_idx" ON "applications" USING btree ("id","reference");