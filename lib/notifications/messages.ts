// The words of every notification (a moderator's decision, an official response, a status change, a reply):
// plain English naming the question, within the 500 characters a notification holds. Pure.
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { statusLabel } from "@/lib/questions/status";

/** The longest message a notification holds (notification.message is VARCHAR(500)). */
export const MESSAGE_LIMIT = 500;
/** A question's title is cut to this in a message, so the rest of the sentence always fits. */
const TITLE_LIMIT = 100;

/** Cuts text to `limit` characters, ending with an ellipsis when it was cut. */
export function clip(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1).trimEnd()}…`;
}

function quoted(title: string): string {
  return `“${clip(title, TITLE_LIMIT)}”`;
}

/** Adds the partner's note after a sentence, cut so the whole message fits. */
function withNote(sentence: string, note: string | null): string {
  if (!note) return clip(sentence, MESSAGE_LIMIT);
  const prefix = `${sentence} Their note: `;
  return `${prefix}${clip(note, MESSAGE_LIMIT - prefix.length)}`;
}

export function questionAnsweredMessages(title: string, organisation: string): { author: string; follower: string } {
  const org = clip(organisation, 120);
  return {
    author: `${org} published an official response to your question ${quoted(title)}.`,
    follower: `${org} published an official response to ${quoted(title)}, a question you follow.`,
  };
}

export function statusChangedMessages(
  title: string,
  to: QuestionStatus,
  note: string | null,
): { author: string; follower: string } {
  const status = statusLabel(to);
  return {
    author: withNote(`Your question ${quoted(title)} is now: ${status}.`, note),
    follower: withNote(`${quoted(title)}, a question you follow, is now: ${status}.`, note),
  };
}

/** A moderator's decision on a held question; a rejection always carries the moderator's reason. */
export function questionDecidedMessage(title: string, decision: "approve" | "reject", reason: string | null): string {
  if (decision === "approve")
    return `Your question ${quoted(title)} has been published. Anyone can now read and support it.`;
  const prefix = `A moderator did not publish your question ${quoted(title)}. The reason: `;
  return `${prefix}${clip(reason ?? "", MESSAGE_LIMIT - prefix.length)}`;
}

export function commentReplyMessage(replier: string, title: string): string {
  return clip(`${replier} replied to your comment on ${quoted(title)}.`, MESSAGE_LIMIT);
}

/**
 * To every admin when a moderator marks a post as a safeguarding concern: no name, no text of the post (the
 * notification list is not restricted as the concern is); the concern itself is on the admins' list.
 */
export function safeguardingConcernMessage(): string {
  return "A moderator has raised a safeguarding concern. Open the list of safeguarding concerns now and follow the steps.";
}
