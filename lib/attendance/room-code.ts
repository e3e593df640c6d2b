import { CODE_ALPHABET, derivedKey, hmac, sameText, toCode } from "@/lib/participants/secrets";

/** A room code changes every five minutes; the one shown a moment ago still works (clocks and typing). */
export const ROOM_CODE_WINDOW_MS = 5 * 60_000;
const ROOM_CODE_LENGTH = 6;
/** How far back an old code is still recognised as "expired" rather than "unknown" (one hour). */
const RECOGNISED_WINDOWS = 12;

export type RoomCodeOptions = { key?: Buffer; windowMs?: number };

const windowOf = (at: Date, windowMs: number) => Math.floor(at.getTime() / windowMs);

function codeFor(sessionId: string, window: number, key: Buffer): string {
  return toCode(hmac(key, `${sessionId}:${window}`), ROOM_CODE_LENGTH);
}

/** The code to show in the room for `sessionId` at `at`, and when it stops being the current one. */
export function roomCode(
  sessionId: string,
  at: Date,
  options: RoomCodeOptions = {},
): { code: string; changesAt: Date } {
  const windowMs = options.windowMs ?? ROOM_CODE_WINDOW_MS;
  const w = windowOf(at, windowMs);
  return {
    code: codeFor(sessionId, w, options.key ?? derivedKey("room-code")),
    changesAt: new Date((w + 1) * windowMs),
  };
}

/** Upper-cases and drops spaces and dashes, so "ab3 k9q" and "AB3-K9Q" both read as typed. */
export function normaliseRoomCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

export function isWellFormedRoomCode(code: string): boolean {
  return code.length === ROOM_CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}

export type RoomCodeMatch = { sessionId: string; state: "current" | "expired" } | null;

/**
 * Which of `sessionIds` the typed code belongs to: "current" for this window or the previous one only;
 * "expired" when it was the code of an older window in the last hour (so the person hears why).
 */
export function matchRoomCode(
  typed: string,
  sessionIds: readonly string[],
  at: Date,
  options: RoomCodeOptions = {},
): RoomCodeMatch {
  const code = normaliseRoomCode(typed);
  if (!isWellFormedRoomCode(code)) return null;
  const key = options.key ?? derivedKey("room-code");
  const w = windowOf(at, options.windowMs ?? ROOM_CODE_WINDOW_MS);
  for (const sessionId of sessionIds) {
    if (sameText(codeFor(sessionId, w, key), code) || sameText(codeFor(sessionId, w - 1, key), code))
      return { sessionId, state: "current" };
  }
  for (const sessionId of sessionIds) {
    for (let back = 2; back <= RECOGNISED_WINDOWS; back++) {
      if (sameText(codeFor(sessionId, w - back, key), code)) return { sessionId, state: "expired" };
    }
  }
  return null;
}
