"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { withFreshProof } from "@/lib/actions/fresh-proof";
import {
  addMembership,
  changeMembershipRole,
  changePlatformRole,
  findPersonIdByEmail,
  removeMembership,
} from "@/lib/admin/people/service";
import {
  addMembershipSchema,
  changeMembershipRoleSchema,
  changePlatformRoleSchema,
  findPersonSchema,
  removeMembershipPath,
  removeMembershipSchema,
} from "@/lib/admin/people/schemas";

const PAGE = "/admin/people";

function saved(message: string) {
  revalidatePath(PAGE);
  return { message };
}

/** Finds a person by email (POST: no address in a URL) and shows them under their opaque id. */
export const findPersonAction = defineFormAction({
  schema: findPersonSchema,
  errorField: "email",
  async run(actor, input) {
    const id = await findPersonIdByEmail(actor, input);
    return { redirectTo: `/admin/people?person=${id}` };
  },
});

export const changePlatformRoleAction = defineFormAction({
  schema: changePlatformRoleSchema,
  errorField: "platformRole",
  run: (actor, input) =>
    withFreshProof(PAGE, async () => {
      await changePlatformRole(actor, input);
      // An administrator who stepped down may no longer open this page: their own account page says what they are now.
      if (input.userId === actor?.id && input.platformRole !== "admin") return { redirectTo: "/account" };
      return saved("Role saved.");
    }),
});

export const addMembershipAction = defineFormAction({
  schema: addMembershipSchema,
  errorField: "organisationId",
  run: (actor, input) =>
    withFreshProof(PAGE, async () => {
      await addMembership(actor, input);
      return saved("Membership added.");
    }),
});

/** Sent from the "are you sure?" page; back on the person's page, a banner says what was done. */
export const removeMembershipAction = defineFormAction({
  schema: removeMembershipSchema,
  run: (actor, input) =>
    withFreshProof(removeMembershipPath(input.userId, input.organisationId), async () => {
      await removeMembership(actor, input);
      revalidatePath(PAGE);
      return { redirectTo: `${PAGE}?person=${input.userId}&removed=${input.organisationId}` };
    }),
});

/** Makes a member a lead, or a lead a member, from the person's page. */
export const changeMembershipRoleAction = defineFormAction({
  schema: changeMembershipRoleSchema,
  run: (actor, input) =>
    withFreshProof(`${PAGE}?person=${input.userId}`, async () => {
      await changeMembershipRole(actor, input);
      return saved("Role in the organisation saved.");
    }),
});
