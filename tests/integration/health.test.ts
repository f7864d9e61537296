import { describe, expect, it } from "vitest";
import { isDatabaseReachable } from "@/lib/health/queries";

describe("isDatabaseReachable", () => {
  it("is true against the real test database", async () => {
    expect(await isDatabaseReachable()).toBe(true);
  });
});
