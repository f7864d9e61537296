// A room question becomes a portal question titled with its words after the event, so whatever the room and the
// console accept must make a title the ask form would accept (10 to 140 characters).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approveRoomQuestionSchema } from "@/lib/event-console/schemas";
import { TITLE_MAX, TITLE_MIN } from "@/lib/questions/limits";
import { titleFromRoomText } from "@/lib/room/question-title";
import { askInRoomSchema } from "@/lib/room/schemas";

const eventId = "5a0c3c4e-8f1e-4c6b-9d0a-2f7b1e3c4d5a";
const roomQuestionId = "0b9d2c1e-7a6f-4e5d-8c3b-1a2f3e4d5c6b";

const asked = (text: string) => askInRoomSchema.safeParse({ eventId, text });
const approved = (text: string) => approveRoomQuestionSchema.safeParse({ eventId, roomQuestionId, text });

describe("the shortest room question", () => {
  it("is as long as the ask form's shortest title", () => {
    expect(asked("More buses").success).toBe(true);
    const short = asked("Why buses");
    expect(short.success).toBe(false);
    expect(short.error?.issues.map((issue) => issue.message)).toEqual(["Your question must be 10 characters or more"]);
  });

  it("counts words as the title is made: runs of spaces and line breaks are one space", () => {
    expect(asked("Why   \n\n   bins?").success).toBe(false);
    expect(titleFromRoomText("Why   \n\n   bins?")).toBe("Why bins?");
    expect(asked("Why  more  bins?").success).toBe(true);
  });

  it("counts an emoji as one character, as the database's check does", () => {
    expect("🙂🙂🙂🙂🙂".length).toBe(10);
    expect(asked("🙂🙂🙂🙂🙂").success).toBe(false);
    expect(approved("Why 🚲🚲🚲?").success).toBe(false);
    expect(asked("More 🚲 lanes").success).toBe(true);
  });

  it("holds for a facilitator's changed words too", () => {
    expect(approved("Smart bins").success).toBe(true);
    const short = approved("Why  bins?");
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toMatch(/^The question must be 10 characters or more/);
    // Approving as asked sends no words.
    expect(approveRoomQuestionSchema.safeParse({ eventId, roomQuestionId }).success).toBe(true);
  });

  it("always makes a title of 10 to 140 characters from anything the room or the console accepts", () => {
    const words = fc.stringMatching(/^[A-Za-z?' ]{1,12}$/);
    const text = fc
      .array(fc.oneof(words, fc.constantFrom(" ", "\n", "\t", "  ")), { maxLength: 60 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (typed) => {
        for (const result of [asked(typed), approved(typed)]) {
          if (!result.success) continue;
          const title = titleFromRoomText(result.data.text!);
          expect(title.length).toBeGreaterThanOrEqual(TITLE_MIN);
          expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
