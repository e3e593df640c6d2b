import { describe, expect, it } from "vitest";
import { formatBytes, formatDate, formatDateRange, formatDateTime, formatNumber, sayBytes } from "./format";

describe("format", () => {
  it("shows a moment in the given zone with the zone named", () => {
    const moment = new Date("2023-09-14T01:00:00Z");
    expect(formatDateTime(moment, "Asia/Seoul")).toMatch(/Sep 14, 2023.*10:00.*GMT\+9/);
    expect(formatDateTime(moment, "UTC")).toMatch(/01:00.*UTC/);
  });

  it("keeps calendar dates on their day whatever the server's zone", () => {
    expect(formatDate("2018-06-10")).toBe("Jun 10, 2018");
    expect(formatDate("2018-06-10", "en", "month")).toBe("Jun 2018");
    expect(formatDateRange("2018-06-10", "2018-06-15")).toBe("Jun 10, 2018 – Jun 15, 2018");
    expect(formatDateRange(null, null)).toBeNull();
  });

  it("writes dates, times and numbers the reader's way in Korean and French", () => {
    expect(formatDate("2018-06-10", "ko")).toBe("2018년 6월 10일");
    expect(formatDate("2018-06-10", "fr")).toBe("10 juin 2018");
    expect(formatDateTime(new Date("2023-09-14T01:00:00Z"), "Asia/Seoul", "ko")).toMatch(/2023년 9월 14일.*10:00/);
    expect(formatDateTime(new Date("2023-09-14T01:00:00Z"), "Europe/Paris", "fr")).toMatch(/14 sept\. 2023.*03:00/);
    // With its day's name, as the timetable says a session's start.
    const session = new Date("2027-07-05T10:00:00Z");
    expect(formatDateTime(session, "Asia/Seoul", "en", { weekday: true })).toBe("Mon, Jul 5, 2027, 19:00 GMT+9");
    expect(formatDateTime(session, "Asia/Seoul", "ko", { weekday: true })).toMatch(/^2027년 7월 5일 \(월\) 19:00/);
    expect(formatDateTime(session, "Asia/Seoul", "fr", { weekday: true })).toMatch(/^lun\. 5 juil\. 2027.*19:00/);
    expect(formatNumber(1234.5, "fr")).toBe("1\u202f234,5");
    expect(formatNumber(1234.5, "ko")).toBe("1,234.5");
  });

  it("is English outside a page render, where no reader's language is set", () => {
    expect(formatNumber(1234.5)).toBe("1,234.5");
  });
});

describe("formatBytes", () => {
  const MB = 1024 * 1024;

  it("writes a size with the reader's units and decimal mark", () => {
    expect([formatBytes(10 * MB, "en"), formatBytes(10 * MB, "fr"), formatBytes(10 * MB, "ko")]).toEqual([
      "10 MB",
      "10\u202fMo",
      "10MB",
    ]);
    expect(formatBytes(2.5 * MB, "fr")).toBe("2,5\u202fMo");
    expect(formatBytes(512 * 1024, "fr")).toBe("512\u202fko");
    expect([formatBytes(3, "en"), formatBytes(1, "en"), formatBytes(3, "fr")]).toEqual([
      "3 bytes",
      "1 byte",
      "3\u00a0octets",
    ]);
  });

  it("reads its own English back into another language, and nothing else", () => {
    for (const bytes of [0, 1, 3, 1023, 1024, 1536, 10 * MB, 2.5 * MB, 25 * MB])
      for (const locale of ["en", "fr", "ko"])
        expect(sayBytes(formatBytes(bytes, "en"), locale)).toBe(formatBytes(bytes, locale));
    expect(sayBytes("Kim MB", "fr")).toBeNull();
    expect(sayBytes("5 MB of notes", "fr")).toBeNull();
  });
});
