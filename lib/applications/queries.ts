import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { applicationEvents, applicationFiles, callTracks, tracks } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import { loadOwnApplication } from "./load";

/**
 * Everything the applicant's form, review and status pages need, for the actor's own application only
 * (null for anyone else's, which the page turns into a 404).
 */
export async function getOwnApplicationView(db: Executor, actor: Actor, applicationId: string) {
  let app;
  try {
    app = await loadOwnApplication(db, actor, applicationId);
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_found") return null;
    throw error;
  }
  const [files, offered, events] = await Promise.all([
    db
      .select({
        questionId: applicationFiles.questionId,
        fileName: applicationFiles.fileName,
        sizeBytes: applicationFiles.sizeBytes,
        mimeType: applicationFiles.mimeType,
      })
      .from(applicationFiles)
      .where(eq(applicationFiles.applicationId, app.id)),
    db
      .select({ id: tracks.id, title: tracks.title })
      .from(callTracks)
      .innerJoin(tracks, eq(tracks.id, callTracks.trackId))
      .where(eq(callTracks.callId, app.callId))
      .orderBy(asc(tracks.position)),
    db
      .select({
        toStatus: applicationEvents.toStatus,
        reason: applicationEvents.reason,
        createdAt: applicationEvents.createdAt,
      })
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, app.id))
      .orderBy(desc(applicationEvents.createdAt))
      .limit(20),
  ]);
  const { applicantEmail: _email, eligibility: _eligibility, ...rest } = app;
  return { ...rest, files, tracks: offered, events };
}
