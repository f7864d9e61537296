import { describe, expect, it } from "vitest";
import {
  COMMENT_EDIT_CLOSED,
  COMMENT_NOT_AMONG_YOURS,
  COMMENT_TAKEN_DOWN,
  commentDeletability,
  commentEditability,
  replyability,
  type CommentPolicyRow,
} from "@/lib/comments/policy";
import { withCommentNotice } from "@/lib/comments/notices";
import { decodeCommentCursor, encodeCommentCursor } from "@/lib/comments/schemas";

const AUTHOR = { id: "a0000000-0000-4000-8000-000000000001" };
const SOMEONE_ELSE = { id: "b0000000-0000-4000-8000-000000000002" };
const POSTED = new Date("2026-11-26T10:00:00.000Z");

function comment(overrides: Partial<CommentPolicyRow> = {}): CommentPolicyRow {
  return { authorId: AUTHOR.id, moderation: "approved", createdAt: POSTED, deletedAt: null, ...overrides };
}

const minutesAfter = (minutes: number) => new Date(POSTED.getTime() + minutes * 60 * 1000);

describe("commentEditability", () => {
  it("lets the author change it until 15 minutes after posting, on the clock it is given", () => {
    expect(commentEditability(comment(), AUTHOR, minutesAfter(0)).allowed).toBe(true);
    expect(commentEditability(comment(), AUTHOR, new Date(minutesAfter(15).getTime() - 1)).allowed).toBe(true);
    expect(commentEditability(comment(), AUTHOR, minutesAfter(15))).toEqual({
      allowed: false,
      reason: COMMENT_EDIT_CLOSED,
      kind: "conflict",
    });
  });

  it("lets them change one that waits for a moderator, not one a moderator turned down or hid", () => {
    expect(commentEditability(comment({ moderation: "pending" }), AUTHOR, minutesAfter(1)).allowed).toBe(true);
    for (const moderation of ["rejected", "hidden"] as const)
      expect(commentEditability(comment({ moderation }), AUTHOR, minutesAfter(1))).toMatchObject({
        reason: COMMENT_TAKEN_DOWN,
      });
  });

  it("finds nothing for anyone else, a visitor, a deleted comment or none", () => {
    const notFound = { allowed: false, reason: COMMENT_NOT_AMONG_YOURS, kind: "not_found" };
    expect(commentEditability(comment(), SOMEONE_ELSE, minutesAfter(1))).toEqual(notFound);
    expect(commentEditability(comment(), null, minutesAfter(1))).toEqual(notFound);
    expect(commentEditability(comment({ deletedAt: minutesAfter(1) }), AUTHOR, minutesAfter(2))).toEqual(notFound);
    expect(commentEditability(null, AUTHOR, minutesAfter(1))).toEqual(notFound);
  });
});

describe("commentDeletability and replyability", () => {
  it("lets the author delete their comment once, whenever; nobody else", () => {
    expect(commentDeletability(comment(), AUTHOR).allowed).toBe(true);
    expect(commentDeletability(comment({ createdAt: new Date(0) }), AUTHOR).allowed).toBe(true);
    expect(commentDeletability(comment({ deletedAt: POSTED }), AUTHOR)).toMatchObject({ kind: "not_found" });
    expect(commentDeletability(comment(), SOMEONE_ELSE)).toMatchObject({ kind: "not_found" });
  });

  it("takes replies while published and not removed", () => {
    expect(replyability(comment()).allowed).toBe(true);
    expect(replyability(comment({ moderation: "pending" })).allowed).toBe(false);
    expect(replyability(comment({ deletedAt: POSTED })).allowed).toBe(false);
    expect(replyability(null).allowed).toBe(false);
  });
});

describe("comment addresses", () => {
  it("round-trips a cursor and refuses a forged one", () => {
    const cursor = { createdAt: POSTED, id: AUTHOR.id };
    expect(decodeCommentCursor(encodeCommentCursor(cursor))).toEqual(cursor);
    expect(decodeCommentCursor("2026-11-26T10:00:00.000Z_not-a-uuid-at-all-not-a-uuid-at-a")).toBeNull();
    expect(decodeCommentCursor("'; DROP TABLE comment; --")).toBeNull();
    expect(decodeCommentCursor(undefined)).toBeNull();
  });

  it("adds the notice to the query, before the anchor", () => {
    expect(withCommentNotice("/questions/q#comment-c", "posted")).toBe("/questions/q?comment=posted#comment-c");
    expect(withCommentNotice("/questions/q?comments=x#comment-c", "held")).toBe(
      "/questions/q?comments=x&comment=held#comment-c",
    );
    expect(withCommentNotice("/questions/q", "deleted")).toBe("/questions/q?comment=deleted");
  });
});
