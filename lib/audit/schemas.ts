import { z } from "zod";

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** /admin/audit's search parameters; anything malformed is dropped rather than refused (a URL a person typed). */
export const auditFilterSchema = z.object({
  // A person's id or email: rows they did and rows about them.
  person: optional(z.string().trim().min(1).max(254)),
  // A record as "type:id", e.g. "application:…", the link every record's "History" gives.
  record: optional(z.string().regex(/^[a-z_]{1,40}:[\w-]{1,80}$/)),
  // An action, or every action of an area with a trailing dot ("application.").
  action: optional(z.string().regex(/^[\w.-]{1,80}$/)),
  // Whole days in the administrator's zone, both ends included.
  from: optional(z.iso.date()),
  to: optional(z.iso.date()),
  // Keyset cursor: the id of the last row on the previous page.
  after: optional(z.coerce.number().int().positive()),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** The "History" link of a record. */
export function historyHref(entityType: string, entityId: string): string {
  return `/admin/audit?record=${encodeURIComponent(`${entityType}:${entityId}`)}`;
}
