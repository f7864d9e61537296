"use server";

import { defineFormAction } from "@/lib/actions/pipeline";
import {
  createAnswerTemplateSchema,
  deleteAnswerTemplateSchema,
  updateAnswerTemplateSchema,
} from "@/lib/answer-templates/schemas";
import { createAnswerTemplate, deleteAnswerTemplate, updateAnswerTemplate } from "@/lib/answer-templates/service";

const listOf = (organisationId: number, done: "created" | "updated" | "deleted") =>
  `/partner/templates?organisation=${organisationId}&done=${done}`;

export const createAnswerTemplateAction = defineFormAction({
  schema: createAnswerTemplateSchema,
  async run(actor, input) {
    const { organisationId } = await createAnswerTemplate(actor, input);
    return { redirectTo: listOf(organisationId, "created") };
  },
});

/** Bound to the template on its edit page. */
export const updateAnswerTemplateAction = defineFormAction({
  schema: updateAnswerTemplateSchema,
  args: ["templateId"],
  hiddenFields: { templateId: "That template no longer exists." },
  async run(actor, input) {
    const { organisationId } = await updateAnswerTemplate(actor, input);
    return { redirectTo: listOf(organisationId, "updated") };
  },
});

/** Bound to the template on its delete confirmation page. */
export const deleteAnswerTemplateAction = defineFormAction({
  schema: deleteAnswerTemplateSchema,
  args: ["templateId"],
  hiddenFields: { templateId: "That template no longer exists." },
  async run(actor, input) {
    const { organisationId } = await deleteAnswerTemplate(actor, input);
    return { redirectTo: listOf(organisationId, "deleted") };
  },
});
