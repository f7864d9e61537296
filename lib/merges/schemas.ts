import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";
import { STATUS_NOTE_LIMIT } from "@/lib/triage/status-limits";

export const CHOOSE_KEPT = "Choose the question to keep.";
export const KEEP_ANOTHER = "Choose a different question to keep: a question cannot be merged into itself.";
export const GIVE_OTHER = "Enter the address or the id of the question to keep, such as /questions/…";
export const WRITE_NOTE = "Write a public note saying why this question repeats the one you keep.";

const questionId = z.uuid({ error: "That question does not exist." });

const publicNote = plainText({ error: WRITE_NOTE })
  .trim()
  .min(1, { error: WRITE_NOTE })
  .max(STATUS_NOTE_LIMIT, {
    error: `Keep the note to ${STATUS_NOTE_LIMIT.toLocaleString("en-GB")} characters or fewer.`,
  });

/**
 * What merging needs: the duplicate, the question kept in its place, and the public note that the duplicate's
 * timeline shows (DESIGN: a merge is explained in public).
 */
export const mergeQuestionSchema = z
  .object({ duplicateId: questionId, keepId: z.uuid({ error: CHOOSE_KEPT }), note: publicNote })
  .refine((input) => input.keepId !== input.duplicateId, { path: ["keepId"], error: KEEP_ANOTHER });
export type MergeQuestionInput = z.input<typeof mergeQuestionSchema>;

/** The radio value that says "the question I type below", beside the suggested questions' ids. */
export const OTHER_QUESTION = "other";

const QUESTION_ID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The question id in what a person pasted: a bare id, or the address of its public or partner page. */
export function questionIdIn(text: string): string | null {
  return text.match(QUESTION_ID_IN_TEXT)?.[0].toLowerCase() ?? null;
}

/**
 * The merge page's form: a suggested question chosen by its radio (`keep`), or "other" with the question's
 * address or id typed in `otherQuestion`; each mistake is reported on the field that holds it.
 */
export const mergeFormSchema = z
  .object({
    duplicateId: questionId,
    keep: z.string({ error: CHOOSE_KEPT }).min(1, { error: CHOOSE_KEPT }),
    otherQuestion: plainText().trim().max(500).optional(),
    note: publicNote,
  })
  .transform((form, ctx) => {
    const typed = form.keep === OTHER_QUESTION;
    const keepId = typed ? questionIdIn(form.otherQuestion ?? "") : form.keep;
    const field = typed ? "otherQuestion" : "keep";
    if (!keepId || !z.uuid().safeParse(keepId).success) {
      ctx.addIssue({ code: "custom", path: [field], message: typed ? GIVE_OTHER : CHOOSE_KEPT });
      return z.NEVER;
    }
    if (keepId === form.duplicateId) {
      ctx.addIssue({ code: "custom", path: [field], message: KEEP_ANOTHER });
      return z.NEVER;
    }
    return { duplicateId: form.duplicateId, keepId, note: form.note, field } as const;
  });

/** The banner on the kept question's triage page after a merge (`?merged=<duplicate id>`). */
export function mergedNotice(duplicateTitle: string, supportCount: number): string {
  const supporters = supportCount === 1 ? "1 supporter" : `${supportCount.toLocaleString("en-GB")} supporters`;
  return `“${duplicateTitle}” was merged into this question. It now has ${supporters}, each counted once.`;
}
