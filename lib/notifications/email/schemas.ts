import { z } from "zod";
import { EMAIL_DELIVERY_CHOICES, EMAIL_KIND_LABELS } from "./options";

const delivery = (message: string) =>
  z.enum(EMAIL_DELIVERY_CHOICES.map((choice) => choice.value) as ["immediate", "daily", "off"], { error: message });

/** The email settings form: whether we may email at all, then how often for each kind. */
export const emailSettingsSchema = z.object({
  emailNotifications: z
    .enum(["yes", "no"], { error: "Choose whether we may email you about activity" })
    .transform((answer) => answer === "yes"),
  ownQuestions: delivery(`Choose how often to get ${EMAIL_KIND_LABELS.ownQuestions.toLowerCase()}`),
  commentReplies: delivery(`Choose how often to get ${EMAIL_KIND_LABELS.commentReplies.toLowerCase()}`),
  followedQuestions: delivery(`Choose how often to get ${EMAIL_KIND_LABELS.followedQuestions.toLowerCase()}`),
});

export type EmailSettingsInput = z.output<typeof emailSettingsSchema>;

/** The unsubscribe button's one field: the signed token from the link. */
export const unsubscribeSchema = z.object({
  token: z.string({ error: "This unsubscribe link is not complete" }).min(1).max(200),
});
