import { z } from "zod";

/** Following is a state the person sets (not a toggle), so a double press cannot undo itself. */
export const setFollowingSchema = z.object({
  questionId: z.uuid({ error: "That question does not exist." }),
  following: z.boolean({ error: "Your choice could not be saved. Try again." }),
});

export type FollowResult = { ok: true; following: boolean } | { ok: false; message: string };
