import { describe, expect, it } from "vitest";
import { ModerationState } from "@/lib/generated/prisma/enums";
import {
  QUESTION_STATUSES,
  shownState,
  shownStateDescription,
  shownStateLabel,
  statusLabel,
  STATUS_DESCRIPTIONS,
  timelineSentence,
} from "@/lib/questions/status";

describe("shownState: one state per question", () => {
  it("a held question is waiting for a moderator, whatever its stored status", () => {
    for (const status of QUESTION_STATUSES) {
      const state = shownState({ moderation: "pending", status });
      expect(state).toBe("pending");
      expect(shownStateLabel(state)).toBe("Waiting for a moderator");
      expect(shownStateDescription(state)).not.toMatch(/partner/i);
    }
  });

  it("a turned-down or removed question says so, and is never also open", () => {
    expect(shownStateLabel(shownState({ moderation: "rejected", status: "open" }))).toBe("Not published");
    expect(shownStateLabel(shownState({ moderation: "hidden", status: "open" }))).toBe("Removed");
  });

  it("a published question shows its public status, with its label and description", () => {
    for (const status of QUESTION_STATUSES) {
      const state = shownState({ moderation: "approved", status });
      expect(state).toBe(status);
      expect(shownStateLabel(state)).toBe(statusLabel(status));
      expect(shownStateDescription(state)).toBe(STATUS_DESCRIPTIONS[status]);
    }
  });

  it("every moderation state has a distinct label", () => {
    const labels = Object.values(ModerationState)
      .filter((m) => m !== "approved")
      .map((moderation) => shownStateLabel(shownState({ moderation, status: "open" })));
    expect(new Set(labels).size).toBe(3);
    for (const label of labels) expect(QUESTION_STATUSES.map(statusLabel)).not.toContain(label);
  });
});

describe("timelineSentence: the timeline in plain words", () => {
  const partner = { actor: "Sam Patel", organisation: "Essex County Council" };

  it("names the organisation that is looking at it, not a claim", () => {
    expect(timelineSentence({ from: "open", to: "under_review", ...partner })).toBe(
      "Essex County Council is looking at this",
    );
  });

  it.each([
    ["under_review", "open", "Essex County Council handed this back so another partner can pick it up"],
    ["declined", "open", "Essex County Council reopened this question"],
    ["under_review", "answered", "Essex County Council answered in public"],
    ["answered", "planned", "Essex County Council plans to act on this"],
    ["planned", "in_progress", "Essex County Council started the work"],
    ["in_progress", "delivered", "Essex County Council finished the work"],
    ["open", "declined", "Essex County Council explained why they will not act on this"],
    ["open", "merged", "Essex County Council joined this with a question that asks the same thing"],
  ] as const)("from %s to %s", (from, to, sentence) => {
    expect(timelineSentence({ from, to, ...partner })).toBe(sentence);
  });

  it("the first entry says who asked, and a person without an organisation is named", () => {
    expect(timelineSentence({ from: null, to: "open", actor: "Calm Heron 21", organisation: null })).toBe(
      "Calm Heron 21 asked this question",
    );
    expect(timelineSentence({ from: "open", to: "under_review", actor: "Jo Admin", organisation: null })).toBe(
      "Jo Admin is looking at this",
    );
    // A room's question was asked by the room; the sentence still starts with a capital.
    expect(
      timelineSentence({ from: null, to: "open", actor: "students at Smart streets workshop", organisation: null }),
    ).toBe("Students at Smart streets workshop asked this question");
  });

  it("no sentence uses the workflow's jargon", () => {
    for (const from of QUESTION_STATUSES)
      for (const to of QUESTION_STATUSES) {
        const sentence = timelineSentence({ from, to, ...partner });
        expect(sentence).not.toMatch(/claim|under review|under_review|pool/i);
      }
  });
});
