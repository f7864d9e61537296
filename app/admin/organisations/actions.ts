"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { withFreshProof } from "@/lib/actions/fresh-proof";
import {
  createOrganisation,
  deactivateOrganisation,
  reactivateOrganisation,
  updateOrganisation,
} from "@/lib/organisations/service";
import { organisationIdSchema, organisationSchema, updateOrganisationSchema } from "@/lib/organisations/schemas";

const LIST = "/admin/organisations";
const pageOf = (id: number) => `${LIST}/${id}`;

/** Creates the organisation and opens its page, which says it was added. */
export const createOrganisationAction = defineFormAction({
  schema: organisationSchema,
  run: (actor, input) =>
    withFreshProof(`${LIST}/new`, async () => {
      const { id } = await createOrganisation(actor, input);
      revalidatePath(LIST);
      return { redirectTo: `${pageOf(id)}?created=1` };
    }),
});

/** Saves the organisation's details; its id is bound on the server by the page. */
export const updateOrganisationAction = defineFormAction({
  schema: updateOrganisationSchema,
  args: ["organisationId"],
  run: (actor, input) =>
    withFreshProof(pageOf(input.organisationId), async () => {
      await updateOrganisation(actor, input);
      revalidatePath(LIST, "layout");
      return { message: "Changes saved." };
    }),
});

/** Sent from the "are you sure?" page; back on the organisation's page, a banner says what was done. */
export const deactivateOrganisationAction = defineFormAction({
  schema: organisationIdSchema,
  args: ["organisationId"],
  run: (actor, input) =>
    withFreshProof(`${pageOf(input.organisationId)}/deactivate`, async () => {
      await deactivateOrganisation(actor, input);
      revalidatePath(LIST, "layout");
      return { redirectTo: `${pageOf(input.organisationId)}?deactivated=1` };
    }),
});

export const reactivateOrganisationAction = defineFormAction({
  schema: organisationIdSchema,
  args: ["organisationId"],
  run: (actor, input) =>
    withFreshProof(pageOf(input.organisationId), async () => {
      await reactivateOrganisation(actor, input);
      revalidatePath(LIST, "layout");
      return { message: "The organisation is active again. Its members have their partner rights back." };
    }),
});
