import { z } from "zod";
import { MAX_SERIAL_ID } from "@/lib/validation";
import { RESPONSE_BODY_LIMIT } from "@/lib/responses/schemas";

/** The longest template title (answer_template.title). */
export const TEMPLATE_TITLE_LIMIT = 120;

const title = z
  .string()
  .trim()
  .min(1, { error: "Enter a title for the template." })
  .max(TEMPLATE_TITLE_LIMIT, { error: `The title must be ${TEMPLATE_TITLE_LIMIT} characters or fewer.` });

// A template is inserted into a response, so it is held to the response's own limit.
const body = z
  .string()
  .trim()
  .min(1, { error: "Write the template's text." })
  .max(RESPONSE_BODY_LIMIT, {
    error: `The text must be ${RESPONSE_BODY_LIMIT.toLocaleString("en-GB")} characters or fewer.`,
  });

const organisationId = z.coerce
  .number()
  .int()
  .positive({ error: "Choose the organisation the template is for." })
  .max(MAX_SERIAL_ID, { error: "Choose the organisation the template is for." });
const templateId = z.uuid({ error: "That template does not exist." });

export const createAnswerTemplateSchema = z.object({ organisationId, title, body });
export type CreateAnswerTemplateInput = z.input<typeof createAnswerTemplateSchema>;

export const updateAnswerTemplateSchema = z.object({ templateId, title, body });
export type UpdateAnswerTemplateInput = z.input<typeof updateAnswerTemplateSchema>;

export const deleteAnswerTemplateSchema = z.object({ templateId });
export type DeleteAnswerTemplateInput = z.input<typeof deleteAnswerTemplateSchema>;

/** The templates page's address: which organisation, and where in its list (titles after `after`). */
export const templatesPageSchema = z.object({
  organisation: z.coerce.number().int().positive().max(MAX_SERIAL_ID).optional().catch(undefined),
  after: z.string().max(TEMPLATE_TITLE_LIMIT).optional().catch(undefined),
  done: z.enum(["created", "updated", "deleted"]).optional().catch(undefined),
});
