"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { addMembership, changePlatformRole, removeMembership } from "@/lib/admin/people-service";
import { addMembershipSchema, changePlatformRoleSchema, removeMembershipSchema } from "@/lib/admin/people-schemas";
import { echoValues, errorState, invalidInput, type FormState } from "@/lib/forms";

function done(message: string, values: Record<string, string>): FormState {
  revalidatePath("/admin/people");
  return { status: "success", errors: {}, values, message };
}

export async function changePlatformRoleAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const parsed = changePlatformRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await changePlatformRole(await getActor(), parsed.data);
  } catch (error) {
    return errorState(error, values, "platformRole");
  }
  return done("Role saved.", values);
}

export async function addMembershipAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const parsed = addMembershipSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await addMembership(await getActor(), parsed.data);
  } catch (error) {
    return errorState(error, values, "organisationId");
  }
  return done("Membership added.", values);
}

export async function removeMembershipAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const parsed = removeMembershipSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await removeMembership(await getActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  return done("Membership removed.", values);
}
