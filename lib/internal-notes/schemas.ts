import { z } from "zod";

/** The longest internal note (internal_note.body). */
export const INTERNAL_NOTE_LIMIT = 5000;

export const internalNoteSchema = z.object({
  questionId: z.uuid({ error: "That question does not exist." }),
  body: z
    .string({ error: "Write the note" })
    .trim()
    .min(1, "Write the note")
    .max(INTERNAL_NOTE_LIMIT, `The note must be ${INTERNAL_NOTE_LIMIT.toLocaleString("en-GB")} characters or fewer`),
});

export type InternalNoteInput = z.input<typeof internalNoteSchema>;
