"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import {
  claimQuestionSchema,
  reassignQuestionSchema,
  releaseQuestionSchema,
  transferQuestionSchema,
  type AssignmentNotice,
} from "@/lib/assignments/schemas";
import { claimQuestion, reassignQuestion, releaseQuestion, transferQuestion } from "@/lib/assignments/service";

const GONE = "This question is no longer available. Go back to the partner inbox.";

/** Back to the triage page, whose banner says what happened (and takes focus). */
function done(questionId: string, notice: AssignmentNotice) {
  return { redirectTo: `/partner/questions/${questionId}?assignment=${notice}` };
}

export const claimQuestionAction = defineFormAction({
  schema: claimQuestionSchema,
  hiddenFields: { questionId: GONE },
  async run(actor, input) {
    await claimQuestion(actor, input);
    return done(input.questionId, "claimed");
  },
});

export const releaseQuestionAction = defineFormAction({
  schema: releaseQuestionSchema,
  hiddenFields: { questionId: GONE },
  async run(actor, input) {
    await releaseQuestion(actor, input);
    return done(input.questionId, "released");
  },
});

export const transferQuestionAction = defineFormAction({
  schema: transferQuestionSchema,
  hiddenFields: { questionId: GONE },
  async run(actor, input) {
    await transferQuestion(actor, input);
    return done(input.questionId, "transferred");
  },
});

export const reassignQuestionAction = defineFormAction({
  schema: reassignQuestionSchema,
  hiddenFields: { questionId: GONE },
  async run(actor, input) {
    await reassignQuestion(actor, input);
    return done(input.questionId, "reassigned");
  },
});
