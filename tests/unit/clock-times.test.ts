// Times of day as the portal writes them (GOV.UK style), in UK time: the hour after noon and after midnight is 12,
// never 0, and 12 o'clock itself is "midday" or "midnight".
import { describe, expect, it } from "vitest";
import { formatClock, formatDateTime } from "@/lib/format";

describe("formatClock", () => {
  it("writes 12 o'clock as midday and midnight, and the minutes after them from 12", () => {
    // November is Greenwich Mean Time: UTC is UK time.
    expect(formatClock(new Date("2026-11-15T12:00:00Z"))).toBe("midday");
    expect(formatClock(new Date("2026-11-15T12:05:00Z"))).toBe("12:05pm");
    expect(formatClock(new Date("2026-11-15T00:00:00Z"))).toBe("midnight");
    expect(formatClock(new Date("2026-11-15T00:30:00Z"))).toBe("12:30am");
  });

  it("keeps the other hours as they were, in summer time too", () => {
    expect(formatClock(new Date("2026-11-15T10:00:00Z"))).toBe("10:00am");
    expect(formatClock(new Date("2026-11-15T23:59:00Z"))).toBe("11:59pm");
    // British Summer Time: 11:00 UTC is midday in the UK.
    expect(formatClock(new Date("2026-07-01T11:00:00Z"))).toBe("midday");
    expect(formatClock(new Date("2026-07-01T13:15:00Z"))).toBe("2:15pm");
  });

  it("is the time in a date with a time", () => {
    expect(formatDateTime(new Date("2026-11-15T12:40:00Z"))).toBe("15 November 2026 at 12:40pm");
    expect(formatDateTime(new Date("2026-11-15T00:00:00Z"))).toBe("15 November 2026 at midnight");
  });
});
