import { describe, expect, it } from "vitest";
import { currentNavHref, mainNavigation, moderationItem, navigationFor } from "@/lib/navigation";

describe("currentNavHref", () => {
  it.each([
    ["/", "/"],
    ["/questions", "/questions"],
    ["/questions/0b6f3c0e-7d52-4a4e-9d36-1f0f3f1d2c3b", "/questions"],
    ["/questions/0b6f3c0e-7d52-4a4e-9d36-1f0f3f1d2c3b/edit", "/questions"],
    ["/questions/ask", "/questions/ask"],
    ["/events", "/events"],
    ["/events/0b6f3c0e-7d52-4a4e-9d36-1f0f3f1d2c3b", "/events"],
    ["/learn/transport-and-mobility", "/learn"],
  ])("marks %s as in the section %s", (pathname, expected) => {
    expect(currentNavHref(mainNavigation, pathname)).toBe(expected);
  });

  it.each(["/account", "/sign-in", "/questionsandmore", "/no-such-page", "/accessibility"])(
    "marks nothing on %s, which is in no section of the menu",
    (pathname) => {
      expect(currentNavHref(mainNavigation, pathname)).toBeUndefined();
    },
  );
});

describe("navigationFor", () => {
  it("adds the partner inbox for those who work on questions only", () => {
    expect(navigationFor({ worksOnQuestions: false }).map((i) => i.href)).not.toContain("/partner");
    expect(navigationFor({ worksOnQuestions: true }).map((i) => i.href)).toContain("/partner");
  });

  it("adds the moderation queue, with how many items wait, for moderators only (a count given)", () => {
    expect(navigationFor({ worksOnQuestions: false }).map((i) => i.href)).not.toContain("/moderation");
    expect(navigationFor({ worksOnQuestions: false, moderationWaiting: null }).map((i) => i.href)).not.toContain(
      "/moderation",
    );
    expect(navigationFor({ worksOnQuestions: true, moderationWaiting: 4 }).slice(-2)).toEqual([
      { href: "/partner", label: "Partner inbox" },
      { href: "/moderation", label: "Moderation (4)", ariaLabel: "Moderation, 4 waiting" },
    ]);
    expect(moderationItem(0)).toEqual({ href: "/moderation", label: "Moderation" });
    expect(moderationItem(1234).ariaLabel).toBe("Moderation, 1,234 waiting");
  });

  it("adds the admin home, last, for administrators only", () => {
    expect(navigationFor({ worksOnQuestions: true, moderationWaiting: 2 }).map((i) => i.href)).not.toContain("/admin");
    expect(navigationFor({ worksOnQuestions: true, moderationWaiting: 2, administers: true }).at(-1)).toEqual({
      href: "/admin",
      label: "Admin",
    });
  });

  it("marks the admin home on every admin page", () => {
    const items = navigationFor({ worksOnQuestions: true, moderationWaiting: 0, administers: true });
    expect(currentNavHref(items, "/admin")).toBe("/admin");
    expect(currentNavHref(items, "/admin/organisations/3")).toBe("/admin");
  });

  it("marks the moderation queue on its review pages", () => {
    const items = navigationFor({ worksOnQuestions: false, moderationWaiting: 2 });
    expect(currentNavHref(items, "/moderation/questions/0b6f3c0e-7d52-4a4e-9d36-1f0f3f1d2c3b")).toBe("/moderation");
  });

  it("marks the partner inbox on a question's triage page", () => {
    expect(currentNavHref(navigationFor({ worksOnQuestions: true }), "/partner")).toBe("/partner");
    expect(
      currentNavHref(
        navigationFor({ worksOnQuestions: true }),
        "/partner/questions/0b6f3c0e-7d52-4a4e-9d36-1f0f3f1d2c3b",
      ),
    ).toBe("/partner");
  });
});
