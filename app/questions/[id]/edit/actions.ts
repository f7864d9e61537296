"use server";

import { z } from "zod";
import { defineFormAction } from "@/lib/actions/pipeline";
import { editQuestion } from "@/lib/questions/service";
import { questionSchema } from "@/lib/questions/schemas";

const QUESTION_NOT_FOUND = "That question does not exist.";

/** Bound to the question on the edit page: `editQuestionAction.bind(null, questionId)`. */
export const editQuestionAction = defineFormAction({
  schema: questionSchema.extend({ questionId: z.uuid({ error: QUESTION_NOT_FOUND }) }),
  args: ["questionId"],
  hiddenFields: { questionId: QUESTION_NOT_FOUND },
  async run(actor, { questionId, ...question }) {
    await editQuestion(actor, questionId, question);
    return { redirectTo: `/questions/${questionId}?edited=1` };
  },
});
