"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/pipeline";
import type { SupportResult } from "@/lib/questions/schemas";
import { supportQuestion, withdrawSupport } from "@/lib/questions/service";
import { setFollowingSchema, type FollowResult } from "@/lib/follows/schemas";
import { followQuestion, unfollowQuestion } from "@/lib/follows/service";

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

/** Sets whether the person follows the question (a state, not a toggle). */
export const setFollowingAction = defineAction({
  schema: setFollowingSchema,
  args: ["questionId", "following"],
  async run(actor, { questionId, following }): Promise<FollowResult> {
    const result = following ? await followQuestion(actor, questionId) : await unfollowQuestion(actor, questionId);
    return { ok: true, ...result };
  },
  refused: (message): FollowResult => ({ ok: false, message }),
});
