"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/pipeline";
import type { SupportResult } from "@/lib/questions/schemas";
import { supportQuestion, withdrawSupport } from "@/lib/questions/service";

/** Sets the person's support to the state they chose (not a toggle), and returns the count the server now holds. */
export const setSupportAction = defineAction({
  schema: z.object({
    questionId: z.uuid({ error: "That question does not exist." }),
    supported: z.boolean({ error: "Your support could not be saved. Try again." }),
  }),
  args: ["questionId", "supported"],
  async run(actor, { questionId, supported }): Promise<SupportResult> {
    const result = supported ? await supportQuestion(actor, questionId) : await withdrawSupport(actor, questionId);
    return { ok: true, ...result };
  },
  refused: (message): SupportResult => ({ ok: false, message }),
});
