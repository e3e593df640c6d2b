import { and, asc, eq, gte, lt, max, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { alumniDigests, alumniProfiles, posts, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/commands";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { forbidden } from "@/lib/errors";
import { renderMessage } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/request";
import { enqueueEmails } from "@/lib/mail/outbox";
import { isAlumnusSql } from "./network-sql";
import { now as clockNow } from "@/lib/time/clock";

/** The first digest covers the week before it. */
const FIRST_PERIOD_MS = 7 * 24 * 3600_000;
export type DigestResult = { posts: number; recipients: number; periodStart: Date; periodEnd: Date };

/**
 * Writes one digest email of the posts since the last digest to every alumnus who opted in. Run by staff
 * (a button) or by a scheduled command ("system"). Each post is in exactly one digest: the periods abut,
 * and a lock keeps two runs from covering the same one.
 */
export async function sendPostDigest(
  db: Database,
  by: Actor | null | "system",
  now = clockNow(),
): Promise<DigestResult> {
  if (by !== "system" && (!by || !can(by, "alumni.sendDigest"))) throw forbidden("Only staff send the digest.");
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('alumni-digest'))`);
    const [last] = await tx.select({ end: max(alumniDigests.periodEnd) }).from(alumniDigests);
    const periodStart = last?.end ? new Date(last.end) : new Date(now.getTime() - FIRST_PERIOD_MS);
    const periodEnd = now;
    const fresh = await tx
      .select({ id: posts.id, kind: posts.kind, title: posts.title, author: users.name })
      .from(posts)
      .innerJoin(users, eq(users.id, posts.authorId))
      .where(and(eq(posts.isHidden, false), gte(posts.createdAt, periodStart), lt(posts.createdAt, periodEnd)))
      .orderBy(asc(posts.createdAt));
    if (fresh.length === 0) return { posts: 0, recipients: 0, periodStart, periodEnd };
    const recipients = await tx
      .select({ id: users.id, email: users.email, name: users.name })
      .from(users)
      .innerJoin(alumniProfiles, eq(alumniProfiles.userId, users.id))
      .where(and(eq(alumniProfiles.digestOptIn, true), isAlumnusSql));
    const base = env().APP_URL;
    const list = (locale: AppLocale) =>
      fresh
        .map(
          (p) =>
            `• ${renderMessage(locale, `alumni.kind_${p.kind}`)}: ${p.title} (${p.author})\n  ${base}/alumni/posts/${p.id}`,
        )
        .join("\n");
    await enqueueEmails(
      tx,
      recipients.map((r) => ({
        to: r.email,
        toUserId: r.id,
        template: "alumniDigest",
        values: { name: r.name, count: fresh.length, posts: list, profileLink: `${base}/me/alumni-profile` },
        kind: "alumni.digest",
      })),
    );
    const [digest] = await tx
      .insert(alumniDigests)
      .values({
        periodStart,
        periodEnd,
        postCount: fresh.length,
        recipientCount: recipients.length,
        sentById: by === "system" || !by ? null : by.userId,
      })
      .returning({ id: alumniDigests.id });
    await writeAudit(tx, {
      actorId: by === "system" || !by ? null : by.userId,
      action: "alumni.sendDigest",
      entityType: "alumni_digest",
      entityId: digest?.id ?? null,
      data: { posts: fresh.length, recipients: recipients.length },
    });
    return { posts: fresh.length, recipients: recipients.length, periodStart, periodEnd };
  });
}
