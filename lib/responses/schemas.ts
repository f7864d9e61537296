import { z } from "zod";
import { MAX_SERIAL_ID } from "@/lib/validation";

/** The longest official response (limited Markdown). */
export const RESPONSE_BODY_LIMIT = 10_000;

const RESPONSE_TOO_LONG = `The response must be ${RESPONSE_BODY_LIMIT.toLocaleString("en-GB")} characters or fewer.`;
export const WRITE_THE_RESPONSE = "Write the response.";

const responseBody = z.string().trim().min(1, { error: WRITE_THE_RESPONSE }).max(RESPONSE_BODY_LIMIT, {
  error: RESPONSE_TOO_LONG,
});

const organisationId = z.coerce
  .number()
  .int()
  .positive({ error: "Choose the organisation you answer for." })
  .max(MAX_SERIAL_ID, { error: "Choose the organisation you answer for." });

/** An official response, as the service takes it. */
export const publishResponseSchema = z.object({
  questionId: z.uuid({ error: "That question does not exist." }),
  organisationId,
  body: responseBody,
});

export type PublishResponseInput = z.input<typeof publishResponseSchema>;

/** A change to a published response: its new text (the old one is kept as a revision). */
export const editResponseSchema = z.object({
  responseId: z.uuid({ error: "That response does not exist." }),
  body: responseBody,
});

export type EditResponseInput = z.input<typeof editResponseSchema>;

/**
 * What the composer's buttons ask for: publish the text, preview it (nothing saved), or insert the chosen answer
 * template (the no-JavaScript path; with JavaScript the template goes in at the cursor without a round trip).
 */
export const COMPOSER_INTENTS = ["publish", "preview", "insert"] as const;
export type ComposerIntent = (typeof COMPOSER_INTENTS)[number];

/** The composer's form: the question is bound on the server; the text may be empty only while inserting a template. */
export const responseComposerSchema = z
  .object({
    questionId: z.uuid({ error: "That question does not exist." }),
    organisationId,
    body: z.string().trim().max(RESPONSE_BODY_LIMIT, { error: RESPONSE_TOO_LONG }).default(""),
    intent: z.enum(COMPOSER_INTENTS).default("publish"),
    templateId: z.union([z.uuid(), z.literal("")]).optional(),
  })
  .superRefine((form, context) => {
    if (form.intent !== "insert" && !form.body)
      context.addIssue({ code: "custom", path: ["body"], message: WRITE_THE_RESPONSE });
    if (form.intent === "insert" && !form.templateId)
      context.addIssue({ code: "custom", path: ["templateId"], message: "Choose a template to insert." });
  });

/** Joins a template's text to what is already written: after it, as a paragraph of its own. */
export function appendTemplate(written: string, template: string): string {
  const before = written.replace(/\s+$/, "");
  return before ? `${before}\n\n${template}` : template;
}

export const RESPONSE_PREVIEW_MESSAGE = "This is a preview. Nothing has been published yet.";
export const TEMPLATE_INSERTED_MESSAGE =
  "The template was added at the end of your response. Edit it before you publish.";
