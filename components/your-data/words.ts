// The readable page of "Your data" says each stored code in the words the rest of the portal uses; the JSON
// download keeps the codes, for a machine. Keyed by the field's name in the export (lib/accounts/your-data/queries).
import { MODERATION_STATES } from "@/components/moderation/labels";
import { AGE_BANDS, PARTICIPANT_TYPES, PLATFORM_ROLES } from "@/lib/accounts/profile/options";
import { DELIVERY_ANSWER_LABELS } from "@/lib/delivery-checks/choices";
import { FEEDBACK_TOPICS } from "@/lib/feedback/schemas";
import { FLAG_CATEGORY_LABELS } from "@/lib/flags/choices";
import { EMAIL_DELIVERY_CHOICES } from "@/lib/notifications/email/options";
import { QUESTION_STATUSES, statusLabel } from "@/lib/questions/status";

const fromChoices = (choices: readonly { value: string; label: string }[]) =>
  Object.fromEntries(choices.map((choice) => [choice.value, choice.label]));

const QUESTION_STATUS_WORDS = Object.fromEntries(QUESTION_STATUSES.map((status) => [status, statusLabel(status)]));
const EMAIL_DELIVERY_WORDS = fromChoices(EMAIL_DELIVERY_CHOICES);

const WORDS: Record<string, Record<string, string>> = {
  ageBand: fromChoices(AGE_BANDS),
  participantType: fromChoices(PARTICIPANT_TYPES),
  platformRole: fromChoices(PLATFORM_ROLES),
  // An account's status and a question's share the name and no value.
  status: { active: "Active", suspended: "Suspended", deleted: "Deleted", ...QUESTION_STATUS_WORDS },
  fromStatus: QUESTION_STATUS_WORDS,
  toStatus: QUESTION_STATUS_WORDS,
  moderation: MODERATION_STATES,
  emailOwnQuestions: EMAIL_DELIVERY_WORDS,
  emailCommentReplies: EMAIL_DELIVERY_WORDS,
  emailFollowedQuestions: EMAIL_DELIVERY_WORDS,
  emailState: { pending: "Not emailed yet", sent: "Emailed", skipped: "Not emailed" },
  category: FLAG_CATEGORY_LABELS,
  state: { open: "Waiting for a moderator", upheld: "Upheld", dismissed: "Dismissed" },
  role: { member: "Member", lead: "Lead" },
  answer: DELIVERY_ANSWER_LABELS,
  topic: fromChoices(FEEDBACK_TOPICS),
};

/** A stored code as the portal says it ("under_16" → "Under 16"); any other value as it is. */
export function valueInWords(field: string, value: string): string {
  return WORDS[field]?.[value] ?? value;
}
