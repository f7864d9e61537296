import { describe, expect, it } from "vitest";
import { screenSubmission } from "@/lib/questions/screening";

describe("screenSubmission", () => {
  it("holds an author's first post for a moderator", () => {
    expect(screenSubmission({ author: { ageBand: "age_25_44" }, approvedBefore: 0 })).toBe("pending");
  });

  it("publishes at once for an adult with approved posts", () => {
    expect(screenSubmission({ author: { ageBand: "age_25_44" }, approvedBefore: 1 })).toBe("approved");
    expect(screenSubmission({ author: { ageBand: "age_65_plus" }, approvedBefore: 7 })).toBe("approved");
  });

  it("always holds posts by under-18s", () => {
    expect(screenSubmission({ author: { ageBand: "under_16" }, approvedBefore: 5 })).toBe("pending");
    expect(screenSubmission({ author: { ageBand: "age_16_17" }, approvedBefore: 5 })).toBe("pending");
  });

  it("holds every post by someone who has not said their age, as for an under-18", () => {
    expect(screenSubmission({ author: { ageBand: null }, approvedBefore: 7 })).toBe("pending");
  });
});
