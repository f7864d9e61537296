import { describe, expect, it } from "vitest";
import {
  screenedEdit,
  screenPublicName,
  screenSubmission,
  type SubmissionContext,
} from "@/lib/moderation/screening/screen-submission";

const NOW = new Date("2026-11-26T09:00:00Z");

/** An adult with a track record, no cool-down, the default setting: nothing holds their posts by itself. */
function context(overrides: Partial<SubmissionContext> & { ageBand?: SubmissionContext["author"]["ageBand"] } = {}) {
  const { ageBand = "age_25_44", ...rest } = overrides;
  return {
    author: { ageBand, postsHeldUntil: null },
    approvedBefore: 3,
    firstPostsScreened: 1,
    blockedWords: [],
    now: NOW,
    ...rest,
  } satisfies SubmissionContext;
}

const CLEAN = "Could the 100 bus run later on Saturdays? The last one leaves Chelmsford at 6pm.";

describe("screenSubmission", () => {
  it("publishes a clean post by an adult with approved posts at once, with no rules", () => {
    expect(screenSubmission(CLEAN, context())).toEqual({ moderation: "approved", rules: [] });
    expect(screenSubmission(CLEAN, context({ ageBand: "age_65_plus", approvedBefore: 7 }))).toEqual({
      moderation: "approved",
      rules: [],
    });
  });

  it("holds an author's first posts, as many as the setting says", () => {
    expect(screenSubmission(CLEAN, context({ approvedBefore: 0 }))).toEqual({
      moderation: "pending",
      rules: ["first_posts"],
    });
    expect(screenSubmission(CLEAN, context({ approvedBefore: 2, firstPostsScreened: 3 })).rules).toEqual([
      "first_posts",
    ]);
    expect(screenSubmission(CLEAN, context({ approvedBefore: 3, firstPostsScreened: 3 })).moderation).toBe("approved");
    // Setting 0: nobody's first post waits.
    expect(screenSubmission(CLEAN, context({ approvedBefore: 0, firstPostsScreened: 0 })).moderation).toBe("approved");
  });

  it("always holds posts by under-18s and by people who have not said their age", () => {
    for (const ageBand of ["under_16", "age_16_17", null] as const) {
      expect(screenSubmission(CLEAN, context({ ageBand, approvedBefore: 5 })), String(ageBand)).toEqual({
        moderation: "pending",
        rules: ["child_protections"],
      });
    }
  });

  it("holds personal information and blocked words, whoever writes", () => {
    expect(screenSubmission("Ring me on 07700 900123 about it", context()).rules).toEqual(["personal_information"]);
    expect(screenSubmission("The council are a bunch of tossers", context()).rules).toEqual(["blocked_words"]);
    expect(screenSubmission("Who keeps muppet bins here?", context({ blockedWords: ["muppet"] })).rules).toEqual([
      "blocked_words",
    ]);
  });

  it("holds every post during a cool-down, and none once it has ended", () => {
    const held = { postsHeldUntil: new Date(NOW.getTime() + 60_000) };
    const ended = { postsHeldUntil: new Date(NOW.getTime() - 1) };
    expect(screenSubmission(CLEAN, context({ author: { ageBand: "age_25_44", ...held } })).rules).toEqual([
      "cool_down",
    ]);
    expect(screenSubmission(CLEAN, context({ author: { ageBand: "age_25_44", ...ended } })).moderation).toBe(
      "approved",
    );
  });

  it("records every rule that fires, in the table's order", () => {
    const all = screenSubmission("Email me at sam@example.com, you tossers", {
      ...context({ approvedBefore: 0 }),
      author: { ageBand: "under_16", postsHeldUntil: new Date(NOW.getTime() + 1000) },
    });
    expect(all).toEqual({
      moderation: "pending",
      rules: ["first_posts", "child_protections", "personal_information", "blocked_words", "cool_down"],
    });
    expect(screenSubmission("Call 01245 123456", context({ ageBand: "under_16" })).rules).toEqual([
      "child_protections",
      "personal_information",
    ]);
  });
});

describe("screenPublicName", () => {
  const settings = { firstPostsScreened: 5, blockedWords: ["muppet"], now: NOW };

  it("passes an ordinary name, whatever the author's track record", () => {
    expect(screenPublicName("Sue from Tiptree", { ...settings, author: { postsHeldUntil: null } })).toEqual({
      moderation: "approved",
      rules: [],
    });
  });

  it("holds a name with personal information, a blocked word, or during a cool-down", () => {
    const author = { postsHeldUntil: null };
    expect(screenPublicName("Sue 07700 900123", { ...settings, author }).rules).toEqual(["personal_information"]);
    expect(screenPublicName("Sue of 12 Mill Lane", { ...settings, author }).rules).toEqual(["personal_information"]);
    expect(screenPublicName("Big Muppet", { ...settings, author }).rules).toEqual(["blocked_words"]);
    expect(
      screenPublicName("Sue", { ...settings, author: { postsHeldUntil: new Date(NOW.getTime() + 1000) } }).rules,
    ).toEqual(["cool_down"]);
  });
});

describe("screenedEdit", () => {
  const held = { moderation: "pending", rules: ["personal_information"] } as const;
  const passed = { moderation: "approved", rules: [] } as const;

  it("queues a held edit from now with its rules", () => {
    expect(screenedEdit(false, { ...held, rules: [...held.rules] }, NOW)).toEqual({
      moderation: "pending",
      screeningRules: ["personal_information"],
      queuedAt: NOW,
    });
    expect(screenedEdit(true, { ...held, rules: [...held.rules] }, NOW).queuedAt).toEqual(NOW);
  });

  it("leaves a published post's place in the queue alone when the edit passes, and clears a held one's", () => {
    expect(screenedEdit(false, { ...passed, rules: [] }, NOW)).toEqual({ moderation: "approved", screeningRules: [] });
    expect(screenedEdit(true, { ...passed, rules: [] }, NOW)).toEqual({
      moderation: "approved",
      screeningRules: [],
      queuedAt: null,
    });
  });
});
