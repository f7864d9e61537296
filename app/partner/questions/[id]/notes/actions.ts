"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { internalNoteSchema } from "@/lib/internal-notes/schemas";
import { addInternalNote } from "@/lib/internal-notes/service";

/** Bound on the triage page to the question. */
export const addInternalNoteAction = defineFormAction({
  schema: internalNoteSchema,
  args: ["questionId"],
  hiddenFields: { questionId: "That question does not exist." },
  errorField: "body",
  async run(actor, input) {
    await addInternalNote(actor, input);
    revalidatePath(`/partner/questions/${input.questionId}`);
    return { message: "Your note has been added." };
  },
});
