import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";
import { AGE_BANDS, PARTICIPANT_TYPES } from "./options";

const optionalChoice = <T extends string>(values: readonly T[], message: string) =>
  z
    .union([z.literal(""), z.enum(values as [T, ...T[]], { error: message })], { error: message })
    .optional()
    .transform((value) => (value ? value : null));

export const displayNameField = plainText({ error: "Enter a public name" })
  .trim()
  .min(1, "Enter a public name")
  .min(2, "Public name must be 2 characters or more")
  .max(40, "Public name must be 40 characters or fewer")
  .refine((name) => !name.includes("@"), "Public name must not be an email address")
  .refine((name) => !/https?:|www\./i.test(name), "Public name must not be a web address")
  .refine(
    (name) => /^[\p{L}\p{N} '’.-]+$/u.test(name),
    "Public name can only include letters, numbers, spaces, hyphens, apostrophes and full stops",
  );

export const profileSchema = z.object({
  // Absent when the form does not offer it (people under 18 keep their generated name): the name stays as it is.
  displayName: displayNameField.optional(),
  district: z
    .string({ error: "Select your district from the list" })
    .max(60, "Select your district from the list")
    .optional()
    .transform((value) => (value ? value : null)),
  ageBand: optionalChoice(
    AGE_BANDS.map((a) => a.value),
    "Select your age group from the list",
  ),
  participantType: optionalChoice(
    PARTICIPANT_TYPES.map((p) => p.value),
    "Select what describes you from the list",
  ),
});

export type ProfileInput = z.infer<typeof profileSchema>;
