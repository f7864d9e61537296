"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { withFreshProof } from "@/lib/actions/fresh-proof";
import { addMembership, changePlatformRole, findPersonIdByEmail, removeMembership } from "@/lib/admin/people/service";
import {
  addMembershipSchema,
  changePlatformRoleSchema,
  findPersonSchema,
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

export const removeMembershipAction = defineFormAction({
  schema: removeMembershipSchema,
  run: (actor, input) =>
    withFreshProof(PAGE, async () => {
      await removeMembership(actor, input);
      return saved("Membership removed.");
    }),
});
