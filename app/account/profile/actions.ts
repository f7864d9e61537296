"use server";

import { getActor } from "@/lib/auth/actor";
import { updateProfile } from "@/lib/accounts/profile-service";
import { profileSchema } from "@/lib/accounts/profile-schemas";
import { echoValues, errorState, invalidInput, type FormState } from "@/lib/forms";

export async function updateProfileAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = echoValues(formData);
  const parsed = profileSchema.safeParse({
    displayName: formData.get("displayName"),
    district: formData.get("district") ?? undefined,
    ageBand: formData.get("ageBand") ?? undefined,
    participantType: formData.get("participantType") ?? undefined,
    emailNotifications: formData.get("emailNotifications") ?? undefined,
  });
  if (!parsed.success) return invalidInput(parsed.error, values);
  try {
    await updateProfile(await getActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  return { status: "success", errors: {}, values, message: "Your profile has been saved." };
}
