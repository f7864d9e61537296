import { describe, expect, it } from "vitest";
import { currentNavHref, mainNavigation, navigationFor } from "@/lib/navigation";

describe("currentNavHref", () => {
  it.each([
    ["/", "/"],
    ["/questions", "/questions"],
    ["/questions/0b6f3c0e-7d52-4a4e-9d36-1f0f3f1d2c3b", "/questions"],
    ["/questions/0b6f3c0e-7d52-4a4e-9d36-1f0f3f1d2c3b/edit", "/questions"],
    ["/questions/ask", "/questions/ask"],
    ["/accessibility", "/accessibility"],
  ])("marks %s as in the section %s", (pathname, expected) => {
    expect(currentNavHref(mainNavigation, pathname)).toBe(expected);
  });

  it.each(["/account", "/sign-in", "/questionsandmore", "/no-such-page"])(
    "marks nothing on %s, which is in no section of the menu",
    (pathname) => {
      expect(currentNavHref(mainNavigation, pathname)).toBeUndefined();
    },
  );
});

describe("navigationFor", () => {
  it("adds the partner inbox for those who work on questions only", () => {
    expect(navigationFor(false).map((i) => i.href)).not.toContain("/partner");
    expect(navigationFor(true).map((i) => i.href)).toContain("/partner");
  });

  it("marks the partner inbox on a question's triage page", () => {
    expect(currentNavHref(navigationFor(true), "/partner")).toBe("/partner");
    expect(currentNavHref(navigationFor(true), "/partner/questions/0b6f3c0e-7d52-4a4e-9d36-1f0f3f1d2c3b")).toBe(
      "/partner",
    );
  });
});
