import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";

export const DECLINE_NEEDS_REASON = "Enter the reason you are declining, which the person will see";

/** A moderator's decision on a request to move into an adult age group. */
export const ageBandDecisionSchema = z
  .object({
    requestId: z.uuid({ error: "This request is no longer on the list. Reload the page." }),
    decision: z.enum(["approve", "decline"], { error: "Select whether to approve or decline the change" }),
    reason: plainText({ error: "Enter a reason" })
      .trim()
      .max(500, "The reason must be 500 characters or fewer")
      .optional()
      .transform((reason) => (reason ? reason : null)),
  })
  .refine((input) => input.decision === "approve" || input.reason !== null, {
    path: ["reason"],
    message: DECLINE_NEEDS_REASON,
  });

export type AgeBandDecisionInput = z.infer<typeof ageBandDecisionSchema>;

/** One page of the pending list: keyset over (created_at, id), oldest first. */
export const ageBandRequestPageSchema = z.object({
  after: z
    .string()
    .regex(/^\d{13}~[0-9a-f-]{36}$/)
    .optional()
    .catch(undefined),
});
