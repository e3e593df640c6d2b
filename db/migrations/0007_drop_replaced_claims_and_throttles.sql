DROP TABLE "sign_in_throttles" CASCADE;--> statement-breakpoint
DROP TABLE "account_claims" CASCADE;