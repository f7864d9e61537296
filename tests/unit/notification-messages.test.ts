import { describe, expect, it } from "vitest";
import {
  clip,
  commentReplyMessage,
  MESSAGE_LIMIT,
  questionAnsweredMessages,
  questionDecidedMessage,
  statusChangedMessages,
} from "@/lib/notifications/messages";

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

  it("say a moderator's decision and a reply in the same way, fitting a long reason and a long title", () => {
    expect(questionDecidedMessage("Bus screens?", "approve", null)).toBe(
      "Your question “Bus screens?” has been published. Anyone can now read and support it.",
    );
    const refusal = questionDecidedMessage("T".repeat(140), "reject", "R".repeat(600));
    expect(refusal.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(refusal).toMatch(/The reason: R+…$/);
    expect(commentReplyMessage("Bright Wren 12", "T".repeat(140))).toBe(
      `Bright Wren 12 replied to your comment on “${"T".repeat(99)}…”.`,
    );
  });
});
