import { z } from "zod";
import { MAX_SERIAL_ID } from "@/lib/validation";
import { plainText } from "@/lib/text/plain-text";

/** The longest release reason or transfer note (assignment_event.note). */
export const HAND_OVER_NOTE_LIMIT = 2000;

const questionId = z.uuid({ error: "That question does not exist." });
const organisationId = (error: string) =>
  z.coerce.number({ error }).int({ error }).positive({ error }).max(MAX_SERIAL_ID, { error });

function handOverNote(missing: string) {
  return plainText({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(HAND_OVER_NOTE_LIMIT, {
      error: `Keep it to ${HAND_OVER_NOTE_LIMIT.toLocaleString("en-GB")} characters or fewer.`,
    });
}

export const claimQuestionSchema = z.object({
  questionId,
  organisationId: organisationId("Choose the organisation you are claiming it for."),
});
export type ClaimQuestionInput = z.input<typeof claimQuestionSchema>;

export const releaseQuestionSchema = z.object({
  questionId,
  reason: handOverNote("Say why you are releasing this question."),
});
export type ReleaseQuestionInput = z.input<typeof releaseQuestionSchema>;

export const transferQuestionSchema = z.object({
  questionId,
  toOrganisationId: organisationId("Choose the organisation to transfer it to."),
  note: handOverNote("Write a note for the organisation you are transferring it to."),
});
export type TransferQuestionInput = z.input<typeof transferQuestionSchema>;

export const reassignQuestionSchema = z.object({
  questionId,
  memberId: z.uuid({ error: "Choose who should take this question on." }),
});
export type ReassignQuestionInput = z.input<typeof reassignQuestionSchema>;

/** The banner the triage page shows after each hand-over (`?assignment=…`). */
export const ASSIGNMENT_NOTICES = {
  claimed: "You have claimed this question. You hold it now, and its due date is below.",
  released: "You have released this question. It is back in the pool, and your reason is in its history.",
  transferred: "You have transferred this question. The other organisation can now see it and your note.",
  reassigned: "You have reassigned this question.",
} as const;
export type AssignmentNotice = keyof typeof ASSIGNMENT_NOTICES;

export function isAssignmentNotice(value: unknown): value is AssignmentNotice {
  return typeof value === "string" && Object.hasOwn(ASSIGNMENT_NOTICES, value);
}
