import { z } from "zod";
import { AGE_BANDS } from "@/lib/accounts/profile/options";
import { JOIN_CODE_ALPHABET, normaliseJoinCode, shapedLikeJoinCode } from "@/lib/events/join-code";
import { AgeBand } from "@/lib/generated/prisma/enums";
import { TITLE_MIN } from "@/lib/questions/limits";
import { plainText } from "@/lib/text/plain-text";
import { roomQuestionLength } from "./question-title";

// The input of the room: joining with a code, asking, supporting, taking a follow-up code. A participant has no
// account, so none of these names a person: who they are comes from their event's cookie (participant-cookie.ts).

export const NICKNAME_MAX = 40;
export const ROOM_QUESTION_MAX = 500;
/**
 * After the event a room question becomes a portal question titled with its words (lib/event-console/publication.ts),
 * so the room asks for as much as the ask form's shortest title; the database holds it too (event_question's check).
 */
export const ROOM_QUESTION_MIN = TITLE_MIN;

const ENTER_CODE = "Enter the join code, as shown on the screen or the printed sheet";
const CODE_SHAPE = "A join code has 6 letters and numbers, such as EX4CTA: check it and try again";
export const NO_EVENT_WITH_CODE = "No event has that join code. Check it and try again.";

/** A typed join code, normalised as stored (upper case, no spaces or dashes). */
export const joinCodeField = z
  .string({ error: ENTER_CODE })
  .max(40, CODE_SHAPE)
  .refine((typed) => typed.trim().length > 0, ENTER_CODE)
  .transform((typed, context) => {
    const code = normaliseJoinCode(typed);
    if (code === null) {
      context.addIssue({ code: "custom", message: shapedLikeJoinCode(typed) ? NO_EVENT_WITH_CODE : CODE_SHAPE });
      return z.NEVER;
    }
    return code;
  });

/** The /join form: the code alone. */
export const findEventSchema = z.object({ code: joinCodeField });

export const ageBandField = z.enum(Object.values(AgeBand) as [AgeBand, ...AgeBand[]], {
  error: "Select your age group",
});

/** Joining: the code (bound from the page's address), an optional nickname and an age group. */
export const joinEventSchema = z.object({
  code: joinCodeField,
  nickname: plainText({ error: "Enter a nickname, or leave it empty" })
    .trim()
    .max(NICKNAME_MAX, `Your nickname must be ${NICKNAME_MAX} characters or fewer`)
    .optional()
    .transform((value) => (value ? value : null)),
  ageBand: ageBandField,
});
export type JoinEventInput = z.infer<typeof joinEventSchema>;

const eventId = z.uuid({ error: "That event does not exist" });

export const askInRoomSchema = z.object({
  eventId,
  text: plainText({ error: "Enter your question" })
    .trim()
    .min(1, "Enter your question")
    .refine(
      (text) => roomQuestionLength(text) >= ROOM_QUESTION_MIN,
      `Your question must be ${ROOM_QUESTION_MIN} characters or more`,
    )
    .max(ROOM_QUESTION_MAX, `Your question must be ${ROOM_QUESTION_MAX} characters or fewer`),
});
export type AskInRoomInput = z.infer<typeof askInRoomSchema>;

export const supportInRoomSchema = z.object({
  eventId,
  eventQuestionId: z.uuid({ error: "That question is not in this room" }),
});
export type SupportInRoomInput = z.infer<typeof supportInRoomSchema>;

export const takeFollowUpCodeSchema = z.object({ eventId });

/** Follow-up codes: the join codes' alphabet (no look-alikes), long enough that guessing is hopeless. */
export const FOLLOW_UP_CODE_LENGTH = 10;
const FOLLOW_UP_SHAPE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${FOLLOW_UP_CODE_LENGTH}}$`);

/** A follow-up code as typed or read from an address, normalised; null when it cannot be one. */
export function normaliseFollowUpCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  return FOLLOW_UP_SHAPE.test(code) ? code : null;
}

/** The age groups a participant chooses from, in order, with their labels. */
export const PARTICIPANT_AGE_BANDS = AGE_BANDS;

/** A path segment as typed, or "" when it is not valid percent-encoding (it then matches no code). */
export function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}
