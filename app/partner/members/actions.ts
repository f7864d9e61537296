"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/pipeline";
import { withFreshProof } from "@/lib/actions/fresh-proof";
import { changeMembershipRole, removeMembership } from "@/lib/admin/people/service";
import { changeMembershipRoleSchema, removeMembershipSchema } from "@/lib/admin/people/schemas";
import { inviteToOrganisation, withdrawInvitation } from "@/lib/invitations/service";
import { inviteSchema, withdrawInvitationSchema } from "@/lib/invitations/schemas";
import { membersPath } from "@/lib/memberships/schemas";

const PAGE = "/partner/members";

export const inviteAction = defineFormAction({
  schema: inviteSchema,
  errorField: "email",
  run: (actor, input) =>
    withFreshProof(membersPath(input.organisationId), async () => {
      await inviteToOrganisation(actor, input);
      revalidatePath(PAGE);
      return { message: `Invitation sent to ${input.email}.` };
    }),
});

/** The page the button was on is the organisation's; it is read back from the invitation, not from the form. */
export const withdrawInvitationAction = defineFormAction({
  schema: withdrawInvitationSchema,
  run: (actor, input) =>
    withFreshProof(PAGE, async () => {
      await withdrawInvitation(actor, input);
      revalidatePath(PAGE);
      return { message: "Invitation withdrawn." };
    }),
});

/** Sent from the confirmation step; back on the team's page, a banner says it was done. */
export const removeMemberAction = defineFormAction({
  schema: removeMembershipSchema,
  run: (actor, input) =>
    withFreshProof(membersPath(input.organisationId, { remove: input.userId }), async () => {
      await removeMembership(actor, input);
      revalidatePath(PAGE);
      return { redirectTo: membersPath(input.organisationId, { removed: input.userId }) };
    }),
});

export const changeMembershipRoleAction = defineFormAction({
  schema: changeMembershipRoleSchema,
  run: (actor, input) =>
    withFreshProof(membersPath(input.organisationId), async () => {
      await changeMembershipRole(actor, input);
      revalidatePath(PAGE);
      return { message: "Role changed." };
    }),
});
