import { describe, expect, it } from "vitest";
import { isWellFormedRoomCode, matchRoomCode, normaliseRoomCode, roomCode, ROOM_CODE_WINDOW_MS } from "./room-code";
import { derivedKey } from "@/lib/participants/secrets";

const key = derivedKey("room-code", "a test secret of enough length");
const A = "0b7d1c2e-3f40-4a5b-8c6d-7e8f90a1b2c3";
const B = "1c8e2d3f-4051-4b6c-9d7e-8f90a1b2c3d4";
const start = new Date("2027-09-01T01:00:00Z");
const plus = (ms: number) => new Date(start.getTime() + ms);

describe("room codes", () => {
  it("are six readable characters, stable within a window and different per session", () => {
    const a = roomCode(A, start, { key });
    expect(isWellFormedRoomCode(a.code)).toBe(true);
    expect(roomCode(A, plus(ROOM_CODE_WINDOW_MS - 1), { key }).code).toBe(a.code);
    expect(roomCode(B, start, { key }).code).not.toBe(a.code);
    expect(a.changesAt.getTime()).toBe(start.getTime() + ROOM_CODE_WINDOW_MS);
  });

  it("change every window", () => {
    const codes = new Set(
      Array.from({ length: 20 }, (_, i) => roomCode(A, plus(i * ROOM_CODE_WINDOW_MS), { key }).code),
    );
    expect(codes.size).toBe(20);
  });

  it("accept the current and the previous window only; an older code reads as expired", () => {
    const shown = roomCode(A, start, { key }).code;
    expect(matchRoomCode(shown, [B, A], start, { key })).toEqual({ sessionId: A, state: "current" });
    expect(matchRoomCode(shown, [A], plus(ROOM_CODE_WINDOW_MS), { key })).toEqual({ sessionId: A, state: "current" });
    expect(matchRoomCode(shown, [A], plus(2 * ROOM_CODE_WINDOW_MS), { key })).toEqual({
      sessionId: A,
      state: "expired",
    });
    expect(matchRoomCode(shown, [A], plus(13 * ROOM_CODE_WINDOW_MS), { key })).toBeNull();
  });

  it("honour an injected window length (a fake clock with one-minute codes)", () => {
    const minute = 60_000;
    const shown = roomCode(A, start, { key, windowMs: minute }).code;
    expect(matchRoomCode(shown, [A], plus(minute + 1), { key, windowMs: minute })?.state).toBe("current");
    expect(matchRoomCode(shown, [A], plus(2 * minute + 1), { key, windowMs: minute })?.state).toBe("expired");
  });

  it("read what people type: lower case, spaces and dashes", () => {
    const shown = roomCode(A, start, { key }).code;
    const typed = `${shown.slice(0, 3).toLowerCase()} -${shown.slice(3)}`;
    expect(normaliseRoomCode(typed)).toBe(shown);
    expect(matchRoomCode(typed, [A], start, { key })?.state).toBe("current");
  });

  it("refuse malformed codes and codes signed with another key", () => {
    expect(matchRoomCode("ABC", [A], start, { key })).toBeNull();
    expect(matchRoomCode("O0O0O0", [A], start, { key })).toBeNull();
    const other = derivedKey("room-code", "another secret, also long enough");
    expect(matchRoomCode(roomCode(A, start, { key: other }).code, [A], start, { key })).toBeNull();
  });
});
