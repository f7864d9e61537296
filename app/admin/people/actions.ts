"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { addMembership, changePlatformRole, findPersonIdByEmail, removeMembership } from "@/lib/admin/people/service";
import {
  addMembershipSchema,
  changePlatformRoleSchema,
  findPersonSchema,
  removeMembershipSchema,
} from "@/lib/admin/people/schemas";

function saved(message: string) {
  revalidatePath("/admin/people");
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
  async run(actor, input) {
    await changePlatformRole(actor, input);
    return saved("Role saved.");
  },
});

export const addMembershipAction = defineFormAction({
  schema: addMembershipSchema,
  errorField: "organisationId",
  async run(actor, input) {
    await addMembership(actor, input);
    return saved("Membership added.");
  },
});

export const removeMembershipAction = defineFormAction({
  schema: removeMembershipSchema,
  async run(actor, input) {
    await removeMembership(actor, input);
    return saved("Membership removed.");
  },
});
