import type { AgeBand, ParticipantType, PlatformRole } from "@/lib/generated/prisma/enums";

export const AGE_BANDS: { value: AgeBand; label: string }[] = [
  { value: "under_16", label: "Under 16" },
  { value: "age_16_17", label: "16 to 17" },
  { value: "age_18_24", label: "18 to 24" },
  { value: "age_25_44", label: "25 to 44" },
  { value: "age_45_64", label: "45 to 64" },
  { value: "age_65_plus", label: "65 or over" },
];

/** A person's role on the platform, as the admin form and the moderators' pages say it. */
export const PLATFORM_ROLES: { value: PlatformRole; label: string }[] = [
  { value: "citizen", label: "Citizen" },
  { value: "moderator", label: "Moderator" },
  { value: "admin", label: "Administrator" },
];

/** "Prefer not to say" at sign-up: stored as no age group, which gets a child's protections (lib/accounts/age.ts). */
export const AGE_NOT_SAID = "not_said";

export const PARTICIPANT_TYPES: { value: ParticipantType; label: string }[] = [
  { value: "student", label: "A student" },
  { value: "teacher", label: "A teacher" },
  { value: "resident", label: "A resident" },
  { value: "business", label: "Someone from a business" },
  { value: "other", label: "Something else" },
];

/** "Under 16", "18 to 24"…; "Prefer not to say" for no age group. */
export function ageBandLabel(ageBand: AgeBand | null): string {
  return AGE_BANDS.find((band) => band.value === ageBand)?.label ?? "Prefer not to say";
}
