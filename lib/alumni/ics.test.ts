import { describe, expect, it } from "vitest";
import { formatDateTime } from "@/lib/format";
import { buildIcs, escapeIcsText, foldIcsLine } from "./ics";
import { instantToLocal, localToInstant } from "@/lib/time";

describe("buildIcs", () => {
  it("writes one event in UTC with escaped text", () => {
    const ics = buildIcs({
      uid: "post-1@madang",
      title: "CPI alumni meetup; online, free",
      description: "Line one\nLine two",
      startsAt: new Date("2026-12-10T11:00:00Z"),
      endsAt: new Date("2026-12-10T12:00:00Z"),
      location: "Zoom",
      stamp: new Date("2026-11-01T00:00:00Z"),
    });
    expect(ics).toContain("BEGIN:VCALENDAR\r\n");
    expect(ics).toContain("DTSTART:20261210T110000Z\r\n");
    expect(ics).toContain("DTEND:20261210T120000Z\r\n");
    expect(ics).toContain("SUMMARY:CPI alumni meetup\\; online\\, free\r\n");
    expect(ics).toContain("DESCRIPTION:Line one\\nLine two\r\n");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const folded = foldIcsLine(`SUMMARY:${"마당".repeat(40)}`);
    for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(`SUMMARY:${"마당".repeat(40)}`);
  });

  it("escapes backslashes first", () => {
    expect(escapeIcsText("a\\b,c")).toBe("a\\\\b\\,c");
  });
});

describe("zoned times", () => {
  it("reads a local time in the organiser's zone", () => {
    expect(localToInstant("2026-12-10T20:00", "Asia/Seoul")?.toISOString()).toBe("2026-12-10T11:00:00.000Z");
    expect(localToInstant("2026-07-01T09:30", "Europe/Paris")?.toISOString()).toBe("2026-07-01T07:30:00.000Z");
    expect(localToInstant("2026-01-01T09:30", "Europe/Paris")?.toISOString()).toBe("2026-01-01T08:30:00.000Z");
    expect(localToInstant("2026-13-01T09:30", "Europe/Paris")).toBeNull();
    expect(localToInstant("2026-01-01T09:30", "Mars/Olympus")).toBeNull();
  });

  it("round-trips through the zone", () => {
    const instant = new Date("2026-03-29T01:30:00Z");
    expect(localToInstant(instantToLocal(instant, "Europe/Paris"), "Europe/Paris")?.toISOString()).toBe(instant.toISOString());
  });
});

describe("formatDateTime", () => {
  it("shows an event's time in its zone, with the zone named", () => {
    const text = formatDateTime(new Date("2026-12-10T11:00:00Z"), "Asia/Seoul");
    expect(text).toContain("Dec 10, 2026");
    expect(text).toContain("20:00");
    expect(text).toMatch(/GMT\+9|KST/);
  });
});
