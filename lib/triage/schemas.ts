import { z } from "zod";
import { STATUS_NOTE_LIMIT } from "./status-limits";

/**
 * The status form: the new status and the public note. Claiming, answering and merging set their statuses
 * themselves (lib/triage/status-options.ts), so the form never sends those.
 */
export const statusChangeSchema = z.object({
  questionId: z.uuid({ error: "That question does not exist." }),
  to: z.enum(["open", "planned", "in_progress", "delivered", "declined"], { error: "Select the new status" }),
  note: z
    .string()
    .trim()
    .max(STATUS_NOTE_LIMIT, `The note must be ${STATUS_NOTE_LIMIT.toLocaleString("en-GB")} characters or fewer`)
    .optional()
    .transform((value) => (value ? value : null)),
});
