import { describe, expect, it } from "vitest";
import { formatDateTime } from "./format";

describe("formatDateTime", () => {
  it("shows the moment in the given zone with the zone named", () => {
    const at = new Date("2023-09-14T04:30:00Z");
    expect(formatDateTime(at, "Asia/Seoul")).toMatch(/Sep 14, 2023.*13:30.*GMT\+9/);
    expect(formatDateTime(at, "UTC")).toMatch(/04:30.*UTC/);
  });
});
