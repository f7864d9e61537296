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

/** A moderator's decision on a question or comment, told to its author (lib/moderation/service.ts). */
export interface ModerationNotice {
  post: "question" | "comment";
  /** The question's title (for a comment, the question it is on). */
  title: string;
  decision: "approve" | "reject" | "hide" | "restore" | "keep";
  /** The house rule cited, as "Rule 2: Keep personal information private". */
  rule: string | null;
  /** The moderator's own words, if any. */
  reason: string | null;
  /** The decision settles the author's appeal. */
  appeal: boolean;
  /** Turned down as a repeat of this published question. */
  duplicateOf?: { title: string; href: string } | null;
}

/** The words of a moderation decision: what happened to the post, the rule cited, the moderator's words. */
export function moderationNoticeMessage(notice: ModerationNotice): string {
  const post =
    notice.post === "question" ? `your question ${quoted(notice.title)}` : `your comment on ${quoted(notice.title)}`;
  const Post = post.charAt(0).toUpperCase() + post.slice(1);
  let sentence: string;
  if (notice.appeal) {
    sentence =
      notice.decision === "approve" || notice.decision === "restore"
        ? `A moderator agreed with your appeal: ${post} can be seen by everyone again.`
        : `A moderator looked at your appeal about ${post}. The decision stands.`;
  } else {
    sentence = {
      approve:
        notice.post === "question"
          ? `${Post} has been published. Anyone can now read and support it.`
          : `${Post} has been published.`,
      reject: `A moderator did not publish ${post}.`,
      hide: `A moderator has hidden ${post}.`,
      restore: `A moderator has restored ${post}: everyone can see it again.`,
      keep: `A moderator checked ${post} and it stays hidden.`,
    }[notice.decision];
  }
  const parts = [sentence];
  if (notice.rule) parts.push(`It breaks house rule ${notice.rule.replace(/^Rule /, "")}.`);
  if (notice.duplicateOf) parts.push(`It repeats ${quoted(notice.duplicateOf.title)}: ${notice.duplicateOf.href}`);
  const head = parts.join(" ");
  return withWords(head, notice.reason);
}

function withWords(sentence: string, words: string | null): string {
  if (!words) return clip(sentence, MESSAGE_LIMIT);
  const prefix = `${sentence} The moderator's words: `;
  return `${prefix}${clip(words, MESSAGE_LIMIT - prefix.length)}`;
}

/**
 * A published question or comment hidden at once because several different people reported it: hidden while a
 * moderator checks the reports, not yet a decision.
 */
export function postHiddenByReportsMessage(title: string, kind: "question" | "comment"): string {
  const post = kind === "question" ? `Your question ${quoted(title)}` : `Your comment on ${quoted(title)}`;
  return clip(
    `${post} has been hidden while a moderator checks reports about it. You will hear from us when they have decided.`,
    MESSAGE_LIMIT,
  );
}

/**
 * To every admin when a moderator marks a post as a safeguarding concern: no name, no text of the post (the
 * notification list is not restricted as the concern is); the concern itself is on the admins' list.
 */
export function safeguardingConcernMessage(): string {
  return "A moderator has raised a safeguarding concern. Open the list of safeguarding concerns now and follow the steps.";
}

/**
 * A question merged into another that asks the same thing (lib/merges/service.ts): to its author, to its
 * supporters (whose support now counts on the kept question, where they can withdraw it) and to its followers.
 * The notification links to the kept question.
 */
export function mergedQuestionMessages(
  duplicateTitle: string,
  keptTitle: string,
  note: string | null,
): { author: string; supporter: string; follower: string } {
  const merged = `${quoted(duplicateTitle)} was merged into ${quoted(keptTitle)}, which asks the same thing.`;
  return {
    author: withNote(`Your question ${merged} Its news will be on that question from now on.`, note),
    supporter: withNote(
      `${merged} Your support now counts there. You can withdraw it on that question if you wish.`,
      note,
    ),
    follower: withNote(`${merged} You now follow that question instead.`, note),
  };
}
