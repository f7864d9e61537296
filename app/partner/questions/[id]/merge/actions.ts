"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import { Invalid } from "@/lib/errors";
import { mergeFormSchema } from "@/lib/merges/schemas";
import { mergeQuestion } from "@/lib/merges/service";

const GONE = "This question is no longer available. Go back to the partner inbox.";

/** Merges the duplicate, then opens the kept question's triage page, whose banner states its new support count. */
export const mergeQuestionAction = defineFormAction({
  schema: mergeFormSchema,
  hiddenFields: { duplicateId: GONE },
  async run(actor, { duplicateId, keepId, note, field }) {
    let keptId: string;
    try {
      ({ keptId } = await mergeQuestion(actor, { duplicateId, keepId, note }));
    } catch (error) {
      // The service names the kept question "keepId"; the person chose it in the radios or typed it.
      if (error instanceof Invalid && error.fieldErrors.keepId) {
        const { keepId: message, ...others } = error.fieldErrors;
        throw new Invalid(error.message, { ...others, [field]: message });
      }
      throw error;
    }
    return { redirectTo: `/partner/questions/${keptId}?merged=${duplicateId}` };
  },
});
