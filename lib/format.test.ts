import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange, formatDateTime } from "./format";

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
});
