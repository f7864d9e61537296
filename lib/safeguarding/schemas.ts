import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";

export const NOTE_LIMIT = 2000;
export const NOTE_REQUIRED = "Enter what made you concerned";
export const CLOSING_NOTE_REQUIRED = "Enter what was done about the concern";

const note = (required: string) =>
  plainText({ error: required })
    .trim()
    .min(1, required)
    .max(NOTE_LIMIT, `The note must be ${NOTE_LIMIT} characters or fewer`);

/** The post a concern is about: a question, or a comment (whose question the concern also records). */
export type ConcernTarget = { questionId: string } | { commentId: string };

/** The marking form: the post (hidden fields) and the moderator's note. */
export const markConcernSchema = z
  .object({
    questionId: z.uuid().optional(),
    commentId: z.uuid().optional(),
    note: note(NOTE_REQUIRED),
  })
  .refine((input) => (input.questionId ? 1 : 0) + (input.commentId ? 1 : 0) === 1, {
    message: "Choose one post",
    path: ["post"],
  });
export type MarkConcernInput = ConcernTarget & { note: string };

/** `?question=<id>` or `?comment=<id>` on the marking page. */
export const markConcernPageSchema = z.object({
  question: z.uuid().optional().catch(undefined),
  comment: z.uuid().optional().catch(undefined),
  marked: z.literal("1").optional().catch(undefined),
});

export const closeConcernSchema = z.object({
  concernId: z.uuid(),
  closingNote: note(CLOSING_NOTE_REQUIRED),
});
export type CloseConcernInput = z.output<typeof closeConcernSchema>;

export const concernListPageSchema = z.object({ after: z.string().max(200).optional().catch(undefined) });
