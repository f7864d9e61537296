import "server-only";
import { randomInt } from "node:crypto";
import { generateDisplayName } from "@/lib/accounts/display-name";
import { hasChildProtections } from "@/lib/accounts/age";
import { db } from "@/lib/db";
import { EVENT_CHANGED_CHANNEL } from "@/lib/events/live";
import { JOIN_CODE_ALPHABET } from "@/lib/events/join-code";
import { Invalid, NotFound } from "@/lib/errors";
import type { ModerationState } from "@/lib/generated/prisma/enums";
import { hashToken } from "@/lib/accounts/tokens";
import { reservedNameClaim } from "@/lib/moderation/screening/name-claims";
import { screenPublicName, screenSubmission } from "@/lib/moderation/screening/screen-submission";
import { SCREENING_RULE_FOR_AUTHOR } from "@/lib/moderation/screening-rules";
import { getBlockedWords } from "@/lib/settings/moderation";
import { lookUpCodeWithinLimit, consumeParticipantLimit } from "./limits";
import { newParticipantToken } from "./participant-cookie";
import { requireParticipant } from "./queries";
import {
  FOLLOW_UP_CODE_LENGTH,
  NO_EVENT_WITH_CODE,
  type AskInRoomInput,
  type JoinEventInput,
  type SupportInRoomInput,
} from "./schemas";

// The participant's side of an event: joining with a code, asking, supporting, taking a follow-up code. Nobody
// here has an account: a join answers with a token the action keeps in the event's cookie, and every later
// write names the participant by that token alone. Each write is one statement that also says "this event
// changed" (pg_notify, delivered on commit) to every open room, console and projector, so a whole classroom at
// once queues briefly on a row lock rather than holding pooled connections in interactive transactions.

export { NO_EVENT_WITH_CODE };
export const EVENT_HAS_ENDED = "This event has ended, so nobody can join it now.";
export const ROOM_CLOSED = "The facilitators have closed the room for new questions.";
export const ALREADY_SUPPORTED = "You already support this question. Each person's support counts once.";
export const OWN_QUESTION = "This is your own question, so you cannot support it.";
const NOT_IN_ROOM = "That question is not on this event's list.";

export interface JoinableEvent {
  id: string;
  title: string;
  joinCode: string;
  endsAt: Date;
  /** Past its end, or its questions already published: nobody can join. */
  ended: boolean;
}

function hasEnded(event: { endsAt: Date; publishedAt: Date | null; participantsDeletedAt: Date | null }, now: Date) {
  return event.endsAt <= now || event.publishedAt !== null || event.participantsDeletedAt !== null;
}

/**
 * The event a join code opens, counted against the wrong-codes limit of where the try came from (limits.ts):
 * null when no event has it. Throws CodeTriesPaused once too many wrong codes have come from there.
 */
export async function findEventToJoin(source: { ip: string | null }, code: string): Promise<JoinableEvent | null> {
  const event = await lookUpCodeWithinLimit("join-code", source.ip, () =>
    db.event.findUnique({
      where: { joinCode: code },
      select: { id: true, title: true, joinCode: true, endsAt: true, publishedAt: true, participantsDeletedAt: true },
    }),
  );
  if (!event) return null;
  return {
    id: event.id,
    title: event.title,
    joinCode: event.joinCode,
    endsAt: event.endsAt,
    ended: hasEnded(event, new Date()),
  };
}

/** A nickname for someone who gave none, or who is under 18 (they cannot choose: ICO children's code). */
function generatedNickname(): string {
  return generateDisplayName(randomInt);
}

async function chosenNickname(typed: string, blockedWords: readonly string[]): Promise<string> {
  const organisations = await db.organisation.findMany({ select: { name: true } });
  const claim = reservedNameClaim(
    typed,
    organisations.map((organisation) => organisation.name),
  );
  const refuse = (why: string) => {
    const message = `Choose another nickname: ${why}`;
    return new Invalid(message, { nickname: message });
  };
  if (claim) throw refuse("it must not suggest you speak for a partner organisation or for the portal's staff");
  const screening = screenPublicName(typed, {
    blockedWords,
    firstPostsScreened: 0,
    now: new Date(),
    author: { postsHeldUntil: null },
  });
  if (screening.moderation === "pending") throw refuse(SCREENING_RULE_FOR_AUTHOR[screening.rules[0]!]);
  return typed;
}

/**
 * Joins an event: no email, no account. Under-18s get a generated nickname whatever they typed; anyone else's is
 * screened like a public name, or generated when left empty. Adds the participant and counts them on the event
 * in one statement. Returns the token for the event's cookie (only its hash is stored).
 */
export async function joinEvent(
  source: { ip: string | null },
  input: JoinEventInput,
): Promise<{ eventId: string; participantId: string; token: string; endsAt: Date; nickname: string }> {
  const event = await lookUpCodeWithinLimit("join-code", source.ip, () =>
    db.event.findUnique({
      where: { joinCode: input.code },
      select: { id: true, endsAt: true, publishedAt: true, participantsDeletedAt: true },
    }),
  );
  if (!event) throw new Invalid(NO_EVENT_WITH_CODE, { form: NO_EVENT_WITH_CODE });
  if (hasEnded(event, new Date())) throw new Invalid(EVENT_HAS_ENDED, { form: EVENT_HAS_ENDED });
  const underEighteen = hasChildProtections({ ageBand: input.ageBand });
  const nickname =
    underEighteen || !input.nickname
      ? generatedNickname()
      : await chosenNickname(input.nickname, await getBlockedWords(db));
  const { token, tokenHash } = newParticipantToken();
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH counted AS (
      UPDATE event SET participant_count = participant_count + 1
      WHERE id = ${event.id}::uuid AND published_at IS NULL AND participants_deleted_at IS NULL AND ends_at > now()
      RETURNING id
    ), joined AS (
      INSERT INTO event_participant (id, event_id, nickname, age_band, token_hash)
      SELECT gen_random_uuid(), counted.id, ${nickname}, ${input.ageBand}::"AgeBand", ${tokenHash} FROM counted
      RETURNING id, event_id
    )
    SELECT joined.id::text AS id, pg_notify(${EVENT_CHANGED_CHANNEL}, joined.event_id::text)::text AS signalled FROM joined`;
  if (!rows[0]) throw new Invalid(EVENT_HAS_ENDED, { form: EVENT_HAS_ENDED });
  return { eventId: event.id, participantId: rows[0].id, token, endsAt: event.endsAt, nickname };
}

/**
 * Asks a question in the room. Under-18s' questions, and any the screen holds (personal information, blocked
 * words), wait for the facilitators; others are on the list at once. Refused when the room is closed.
 */
export async function askInRoom(
  token: string | null,
  input: AskInRoomInput,
): Promise<{ eventQuestionId: string; moderation: ModerationState; heldBecause: string[] }> {
  const participant = await requireParticipant(input.eventId, token);
  await consumeParticipantLimit("room-ask:participant", participant.id);
  const blockedWords = await getBlockedWords(db);
  // The room has its own facilitators, so a participant's first questions are not held as a newcomer's would be.
  const screening = screenSubmission(input.text, {
    blockedWords,
    firstPostsScreened: 0,
    approvedBefore: 0,
    now: new Date(),
    author: { ageBand: participant.ageBand, postsHeldUntil: null },
  });
  const rows = await db.$queryRaw<{ id: string; moderation: ModerationState }[]>`
    WITH room AS (
      -- No row lock: joins update this row (the participant count) all the time, and a question sent as the
      -- facilitators close the room may rightly land.
      SELECT id FROM event
      WHERE id = ${input.eventId}::uuid AND accepting_questions AND published_at IS NULL
    ), asked AS (
      INSERT INTO event_question (id, event_id, participant_id, text, moderation, screening_rules, asked_by_under_18)
      SELECT gen_random_uuid(), room.id, ${participant.id}::uuid, ${input.text},
             ${screening.moderation}::"ModerationState", ${screening.rules}::text[],
             ${hasChildProtections(participant)}
      FROM room
      RETURNING id, event_id, moderation
    )
    SELECT id::text AS id, moderation::text AS moderation,
           pg_notify(${EVENT_CHANGED_CHANNEL}, event_id::text)::text AS signalled
    FROM asked`;
  if (!rows[0]) throw new Invalid(ROOM_CLOSED, { text: ROOM_CLOSED });
  return {
    eventQuestionId: rows[0].id,
    moderation: rows[0].moderation,
    heldBecause: screening.rules.map((rule) => SCREENING_RULE_FOR_AUTHOR[rule]),
  };
}

/**
 * Supports an approved question on the room's list, once per participant (the primary key), the stored count
 * changed in the same statement. A second support is answered plainly, not as a failure.
 */
export async function supportInRoom(
  token: string | null,
  input: SupportInRoomInput,
): Promise<{ supportCount: number; alreadySupported: boolean }> {
  const participant = await requireParticipant(input.eventId, token);
  await consumeParticipantLimit("room-support:participant", participant.id);
  const rows = await db.$queryRaw<{ support_count: number }[]>`
    WITH target AS (
      SELECT id FROM event_question
      WHERE id = ${input.eventQuestionId}::uuid AND event_id = ${input.eventId}::uuid
        AND moderation = 'approved' AND merged_into_id IS NULL
        AND participant_id IS DISTINCT FROM ${participant.id}::uuid
    ), supported AS (
      INSERT INTO event_support (event_question_id, participant_id)
      SELECT id, ${participant.id}::uuid FROM target
      ON CONFLICT DO NOTHING RETURNING event_question_id
    )
    UPDATE event_question q SET support_count = q.support_count + 1
    FROM supported WHERE q.id = supported.event_question_id
    RETURNING q.support_count, pg_notify(${EVENT_CHANGED_CHANNEL}, q.event_id::text)::text AS signalled`;
  if (rows[0]) return { supportCount: rows[0].support_count, alreadySupported: false };
  const question = await db.eventQuestion.findFirst({
    where: { id: input.eventQuestionId, eventId: input.eventId, moderation: "approved", mergedIntoId: null },
    select: { participantId: true, supportCount: true },
  });
  if (!question) throw new NotFound(NOT_IN_ROOM);
  if (question.participantId === participant.id) throw new Invalid(OWN_QUESTION);
  return { supportCount: question.supportCount, alreadySupported: true };
}

function newFollowUpCode(): string {
  let code = "";
  for (let i = 0; i < FOLLOW_UP_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * Makes a follow-up code for the participant's event: it opens the event's questions and their answers, with no
 * sign-in, long after the participant's own row is deleted. Only its hash is stored, and it is not linked to the
 * participant, so it says nothing about who took it.
 */
export async function takeFollowUpCode(token: string | null, input: { eventId: string }): Promise<{ code: string }> {
  const participant = await requireParticipant(input.eventId, token);
  await consumeParticipantLimit("room-follow-up:participant", participant.id);
  const code = newFollowUpCode();
  await db.eventFollowUpCode.create({ data: { codeHash: hashToken(code), eventId: input.eventId } });
  return { code };
}
