import { z } from "zod";

/** The longest official response (limited Markdown). */
export const RESPONSE_BODY_LIMIT = 10_000;

/** An official response, as the service takes it (the triage pages in a later issue build their form on it). */
export const publishResponseSchema = z.object({
  questionId: z.uuid({ error: "That question does not exist." }),
  organisationId: z.coerce.number().int().positive({ error: "Choose the organisation you answer for." }),
  body: z
    .string()
    .trim()
    .min(1, { error: "Write the response." })
    .max(RESPONSE_BODY_LIMIT, {
      error: `The response must be ${RESPONSE_BODY_LIMIT.toLocaleString("en-GB")} characters or fewer.`,
    }),
});

export type PublishResponseInput = z.input<typeof publishResponseSchema>;
