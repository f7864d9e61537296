"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { withFreshProof } from "@/lib/actions/fresh-proof";
import { addMembership, changePlatformRole, removeMembership } from "@/lib/admin/people/service";
import { addMembershipSchema, changePlatformRoleSchema, removeMembershipSchema } from "@/lib/admin/people/schemas";

const PAGE = "/admin/people";

function saved(message: string) {
  revalidatePath(PAGE);
  return { message };
}

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
