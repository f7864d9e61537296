"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import { askQuestion } from "@/lib/questions/service";
import { questionSchema } from "@/lib/questions/schemas";

export const askQuestionAction = defineFormAction({
  schema: questionSchema,
  async run(actor, question) {
    const { id } = await askQuestion(actor, question);
    return { redirectTo: `/questions/${id}?asked=1` };
  },
});
