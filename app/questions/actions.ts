"use server";

import { getActor } from "@/lib/auth/actor";
import { supportQuestion, withdrawSupport } from "@/lib/questions/service";
import { questionIdSchema } from "@/lib/questions/schemas";
import { errorState } from "@/lib/forms";

export type SupportResult = { ok: true; supportCount: number; supported: boolean } | { ok: false; message: string };

/** Sets the person's support to the state they chose (not a toggle), and returns the count the server now holds. */
export async function setSupportAction(questionId: string, supported: boolean): Promise<SupportResult> {
  const parsed = questionIdSchema.safeParse({ questionId });
  if (!parsed.success) return { ok: false, message: "That question does not exist." };
  try {
    const actor = await getActor();
    const result = supported ? await supportQuestion(actor, parsed.data.questionId) : await withdrawSupport(actor, parsed.data.questionId);
    return { ok: true, ...result };
  } catch (error) {
    return { ok: false, message: errorState(error, {}).errors.form ?? "Your support could not be saved. Try again." };
  }
}
