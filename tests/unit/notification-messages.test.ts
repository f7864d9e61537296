import { describe, expect, it } from "vitest";
import { clip, MESSAGE_LIMIT, questionAnsweredMessages, statusChangedMessages } from "@/lib/notifications/messages";

describe("notification messages", () => {
  it("name the question, the organisation and the new status in plain words", () => {
    expect(questionAnsweredMessages("Will Maldon get bus screens?", "Essex County Council")).toEqual({
      author: "Essex County Council published an official response to your question “Will Maldon get bus screens?”.",
      follower:
        "Essex County Council published an official response to “Will Maldon get bus screens?”, a question you follow.",
    });
    expect(statusChangedMessages("Will Maldon get bus screens?", "in_progress", null)).toEqual({
      author: "Your question “Will Maldon get bus screens?” is now: In progress.",
      follower: "“Will Maldon get bus screens?”, a question you follow, is now: In progress.",
    });
  });

  it("cut a long title and a long note so the message fits in 500 characters", () => {
    const title = "T".repeat(140);
    const note = "N".repeat(2000);
    const { author, follower } = statusChangedMessages(title, "declined", note);
    for (const message of [author, follower]) {
      expect(message.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(message).toContain(`“${"T".repeat(99)}…”`);
      expect(message).toMatch(/Their note: N+…$/);
    }
    const answered = questionAnsweredMessages(title, "O".repeat(120));
    expect(answered.author.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });

  it("clip keeps short text whole and flattens its white space", () => {
    expect(clip("  a\n b  ", 10)).toBe("a b");
    expect(clip("abcdef", 4)).toBe("abc…");
  });
});
