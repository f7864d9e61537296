import { describe, expect, it } from "vitest";
import { addWorkingDays, isoDate } from "@/lib/triage/working-days";

const holidays = new Set(["2026-12-25", "2026-12-28", "2027-01-01"]);
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

describe("addWorkingDays", () => {
  it("skips weekends", () => {
    expect(isoDate(addWorkingDays(at("2026-11-27"), 1, holidays))).toBe("2026-11-30"); // Friday → Monday
    expect(isoDate(addWorkingDays(at("2026-11-23"), 5, holidays))).toBe("2026-11-30");
  });

  it("skips bank holidays, including substitute days", () => {
    // Thu 24 Dec + 1 → Tue 29 Dec (Fri 25 and Mon 28 are holidays, 26–27 the weekend)
    expect(isoDate(addWorkingDays(at("2026-12-24"), 1, holidays))).toBe("2026-12-29");
  });

  it("gives 20 working days across Christmas", () => {
    expect(isoDate(addWorkingDays(at("2026-12-14"), 20, holidays))).toBe("2027-01-14");
  });

  it("counts from a weekend start to the next working days", () => {
    expect(isoDate(addWorkingDays(at("2026-11-28"), 1, holidays))).toBe("2026-11-30");
    expect(isoDate(addWorkingDays(at("2026-11-28"), 0, holidays))).toBe("2026-11-28");
  });

  it("refuses a negative or fractional count", () => {
    expect(() => addWorkingDays(at("2026-11-28"), -1, holidays)).toThrow(RangeError);
    expect(() => addWorkingDays(at("2026-11-28"), 1.5, holidays)).toThrow(RangeError);
  });
});
