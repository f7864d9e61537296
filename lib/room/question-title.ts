// A room question's words and the portal title made of them after the event (lib/event-console/publication.ts).
// Pure, so the room's schema, the console's and the publication count characters the same way.
import { TITLE_MAX } from "@/lib/questions/limits";

/** A room question's words as one line: runs of white space as one space, the ends trimmed. */
export function roomQuestionWords(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * How many characters a room question's words are, as PostgreSQL's char_length counts them (code points: an emoji
 * is one, where a JavaScript string's length says two), so the forms and event_question's check agree.
 */
export function roomQuestionLength(text: string): number {
  return [...roomQuestionWords(text)].length;
}

/** A portal question's title from what was asked in the room (up to 500 characters): whole words, then "…". */
export function titleFromRoomText(text: string, limit = TITLE_MAX): string {
  const words = roomQuestionWords(text);
  if (words.length <= limit) return words;
  const cut = words.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
