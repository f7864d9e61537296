"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { markFeedbackDealtWithSchema } from "@/lib/feedback/schemas";
import { markFeedbackDealtWith } from "@/lib/feedback/service";

export const markFeedbackDealtWithAction = defineFormAction({
  schema: markFeedbackDealtWithSchema,
  async run(actor, input) {
    await markFeedbackDealtWith(actor, input);
    revalidatePath("/admin/feedback");
    return { message: "Marked as dealt with." };
  },
});
