"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import { reportPost } from "@/lib/flags/service";
import { NOT_REPORTABLE, reportSchema } from "@/lib/flags/schemas";
import { reportPath } from "@/lib/flags/paths";

/** Bound on the report page to the question and the comment ("" for the question itself). */
export const reportPostAction = defineFormAction({
  schema: reportSchema,
  args: ["questionId", "commentId"],
  hiddenFields: { questionId: NOT_REPORTABLE, commentId: NOT_REPORTABLE },
  async run(actor, input) {
    const outcome = await reportPost(actor, input);
    // A report that was already there (a second tab, a double submission): the report page says so, with its date.
    const page = outcome.status === "received" ? "received" : "form";
    return { redirectTo: reportPath(input.questionId, input.commentId, page) };
  },
});
