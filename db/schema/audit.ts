import { bigint, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/** Every command that changes data writes one row here, in its own transaction. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    index("audit_log_actor_idx").on(t.actorId),
    index("audit_log_created_idx").on(t.createdAt),
  ],
);

export const emailStatusEnum = pgEnum("email_status", [
  "pending", // written, not yet sent
  "sent", // handed to SMTP
  "failed", // SMTP refused it; see error
  "skipped", // no SMTP configured; kept for reading in the app
]);

/** Every message is written here first, in the transaction of the decision it reports. */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    toAddress: text().notNull(),
    toUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    subject: text().notNull(),
    bodyText: text().notNull(),
    kind: text().notNull(),
    entityType: text(),
    entityId: text(),
    status: emailStatusEnum().notNull().default("pending"),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("email_outbox_status_idx").on(t.status, t.createdAt),
    index("email_outbox_user_idx").on(t.toUserId),
    index("email_outbox_entity_idx").on(t.entityType, t.entityId),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
export type Email = typeof emailOutbox.$inferSelect;
export type NewEmail = typeof emailOutbox.$inferInsert;
