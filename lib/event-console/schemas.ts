import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";
import { roomQuestionLength } from "@/lib/room/question-title";
import { ROOM_QUESTION_MAX, ROOM_QUESTION_MIN } from "@/lib/room/schemas";

/** As long as a participant may write in the room (event_question.text). */
export const ROOM_QUESTION_LIMIT = ROOM_QUESTION_MAX;

export const WRITE_ROOM_QUESTION = "Enter the question as it should appear on the screen.";
export const CHOOSE_KEPT_ROOM_QUESTION = "Choose the question to keep.";
export const KEEP_ANOTHER_ROOM_QUESTION =
  "Choose a different question to keep: a question cannot be merged into itself.";

const eventId = z.uuid({ error: "That event does not exist." });
const roomQuestionId = z.uuid({ error: "That question does not exist." });

export const roomQuestionTarget = z.object({ eventId, roomQuestionId });
export type RoomQuestionTarget = z.input<typeof roomQuestionTarget>;

/**
 * Approving a question waiting in the queue, as asked or with its words changed first (a name taken out, a typo
 * mended): `text` absent approves it as asked.
 */
export const approveRoomQuestionSchema = roomQuestionTarget.extend({
  text: plainText({ error: WRITE_ROOM_QUESTION })
    .trim()
    .min(1, { error: WRITE_ROOM_QUESTION })
    .refine((text) => roomQuestionLength(text) >= ROOM_QUESTION_MIN, {
      error: `The question must be ${ROOM_QUESTION_MIN} characters or more: after the event it becomes a question on the portal, titled with its words.`,
    })
    .max(ROOM_QUESTION_LIMIT, { error: `Keep the question to ${ROOM_QUESTION_LIMIT} characters or fewer.` })
    .optional(),
});
export type ApproveRoomQuestionInput = z.input<typeof approveRoomQuestionSchema>;

/** "This looks like question N": the repeat, and the question kept in its place. */
export const mergeRoomQuestionSchema = z
  .object({ eventId, duplicateId: roomQuestionId, keepId: z.uuid({ error: CHOOSE_KEPT_ROOM_QUESTION }) })
  .refine((input) => input.keepId !== input.duplicateId, { path: ["keepId"], error: KEEP_ANOTHER_ROOM_QUESTION });
export type MergeRoomQuestionInput = z.input<typeof mergeRoomQuestionSchema>;

/** The question the panel answers now; null clears the highlight. */
export const nowAnsweringSchema = z.object({ eventId, roomQuestionId: roomQuestionId.nullable() });
export type NowAnsweringInput = z.input<typeof nowAnsweringSchema>;

/** The presenter's keys on the projector: the next or the previous approved question by support. */
export const stepNowAnsweringSchema = z.object({
  eventId,
  direction: z.enum(["next", "previous"], { error: "Choose the next or the previous question." }),
});
export type StepNowAnsweringInput = z.input<typeof stepNowAnsweringSchema>;

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export const acceptingQuestionsSchema = z.object({ eventId, accepting: checkbox });
export type AcceptingQuestionsInput = z.input<typeof acceptingQuestionsSchema>;

export const eventTarget = z.object({ eventId });
export type EventTarget = z.input<typeof eventTarget>;

/** What the projector's presenter keys hear back: done, or the refusal in words. */
export type StepResult = { ok: true } | { ok: false; message: string };

export const CHOOSE_THEME = "Choose a theme from the list.";

/** The theme a room question will have on the portal; blank: none yet (the partners choose in triage). */
export const roomQuestionThemeSchema = roomQuestionTarget.extend({
  themeSlug: z
    .string({ error: CHOOSE_THEME })
    .max(60, { error: CHOOSE_THEME })
    .nullable()
    .transform((slug) => slug?.trim() || null),
});
export type RoomQuestionThemeInput = z.input<typeof roomQuestionThemeSchema>;
