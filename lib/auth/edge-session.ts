import { randomUUID } from "node:crypto";
import type http from "node:http";
import { parseCookie } from "next/dist/compiled/@edge-runtime/cookies";
import type { Database } from "@/db/client";
import { readWriteMarks } from "@/db/write-marks";
import type { Viewing } from "@/lib/page-cache";
import { loadLiveSession, type LiveSession } from "./sessions";
import { overHttps, readSessionCookie, type SessionClaims } from "./session-token";

/**
 * The session check of a page request, done once, before Next sees the request (lib/page-cache.ts needs its
 * answer to know whether a kept page may go back): the cookie is read as lib/auth/index.ts reads it, and one
 * statement checks the session and reads the database's write marks (`loadLiveSession`). The page then
 * takes that check instead of making it again (`takeHandedSession`), so a page costs no more statements than
 * before; it is found through a request header holding a fresh random token, which the edge removes from
 * every request first (a client cannot name one), and it is given only to a request whose own cookie names the
 * same session and user.
 */
export const HANDOFF_HEADER = "x-madang-session-handoff";

type Handed = { claims: SessionClaims; live: LiveSession };
// Next bundles instrumentation.ts (the edge) apart from the pages: the map must be one object for both.
const store = globalThis as unknown as { madangHandedSessions?: Map<string, Handed> };
const handed = (store.madangHandedSessions ??= new Map<string, Handed>());

/**
 * The page cache's `view`: the session (handed on to the page) and the write marks, in one statement. `who` is
 * everything of the person a page may show or depend on: who they are, their roles and their saved language.
 */
export function viewRequest(db: () => Database) {
  return async (request: http.IncomingMessage): Promise<Viewing> => {
    delete request.headers[HANDOFF_HEADER];
    const jar = parseCookie(String(request.headers.cookie ?? ""));
    const forwarded = request.headers["x-forwarded-proto"];
    const claims = await readSessionCookie(
      { get: (name) => (jar.has(name) ? { value: jar.get(name)! } : undefined) },
      undefined,
      { plain: !overHttps(Array.isArray(forwarded) ? forwarded[0] : forwarded) },
    );
    if (!claims) return { marks: await readWriteMarks(db()), who: "" };
    const live = await loadLiveSession(db(), claims.sid, claims.uid);
    // An ended or expired session: nothing kept goes back, and the page says what it says to no session.
    if (!live) return null;
    const token = randomUUID();
    handed.set(token, { claims, live });
    request.headers[HANDOFF_HEADER] = token;
    const who = JSON.stringify([live.actor, live.locale]);
    return { marks: live.marks, who, release: () => handed.delete(token) };
  };
}

/** The session the edge checked for this request, when `token` is its and `claims` name the same session. */
export function takeHandedSession(token: string | null, claims: SessionClaims): LiveSession | null {
  const entry = token ? handed.get(token) : undefined;
  if (!entry || entry.claims.sid !== claims.sid || entry.claims.uid !== claims.uid) return null;
  return entry.live;
}
