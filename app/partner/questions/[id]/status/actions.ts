"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { statusLabel } from "@/lib/questions/status";
import { statusChangeSchema } from "@/lib/triage/schemas";
import { changeQuestionStatus } from "@/lib/triage/service";

/** Bound on the triage page to the question. */
export const changeQuestionStatusAction = defineFormAction({
  schema: statusChangeSchema,
  args: ["questionId"],
  hiddenFields: { questionId: "That question does not exist." },
  errorField: "to",
  async run(actor, input) {
    const { status } = await changeQuestionStatus(actor, input);
    revalidatePath(`/partner/questions/${input.questionId}`);
    return {
      message: `The status is now ${statusLabel(status)}. The author and the people who follow the question have been told.`,
    };
  },
});
