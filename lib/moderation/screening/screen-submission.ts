// screenSubmission(): whether a new or edited post (a question or a comment) is published at once or waits for
// a moderator, and which screening rules (lib/moderation/screening-rules.ts) held it. screenPublicName() does
// the same for a requested public name. Pure: the services read the author's record and the settings
// (lib/moderation/screening/context.ts) and pass them in.
import { hasChildProtections } from "@/lib/accounts/age";
import type { AgeBand } from "@/lib/generated/prisma/enums";
import { SCREENING_RULES, type ScreeningRule } from "@/lib/moderation/screening-rules";
import { hasBlockedWords } from "./blocked-words";
import { hasPersonalInformation } from "./personal-information";

export interface Screening {
  moderation: "pending" | "approved";
  /** The rules that fired, in the order of SCREENING_RULES; empty when approved. */
  rules: ScreeningRule[];
}

/** The settings every screen reads (lib/settings/moderation.ts), at the time of the write. */
export interface ScreeningSettings {
  /** How many approved posts an author needs before theirs publish at once. */
  firstPostsScreened: number;
  /** The portal's own blocked words, added to the built-in lists. */
  blockedWords: readonly string[];
  now: Date;
}

/** Who wrote a post and their track record, which is all the screen reads about them. */
export interface SubmissionContext extends ScreeningSettings {
  author: { ageBand: AgeBand | null; postsHeldUntil: Date | null };
  /**
   * How many of the author's posts a moderator has already approved (or that were published): their questions
   * and their comments, not counting the post being screened.
   */
  approvedBefore: number;
}

function screening(fired: Record<ScreeningRule, boolean>): Screening {
  const rules = SCREENING_RULES.filter((rule) => fired[rule]);
  return { moderation: rules.length ? "pending" : "approved", rules };
}

function inCoolDown(author: { postsHeldUntil: Date | null }, now: Date): boolean {
  return author.postsHeldUntil !== null && author.postsHeldUntil.getTime() > now.getTime();
}

/**
 * Screens the words of a post (a question's title and body together, or a comment's body). Held when: the
 * author has fewer approved posts than the setting asks (first_posts); is under 18 or has not said their age
 * (child_protections, ICO children's code: their posts are pre-moderated); the text holds an email address,
 * phone number, full postcode or house number and street (personal_information); it uses a blocked word
 * (blocked_words); or a moderator set the author a cool-down that has not ended (cool_down). Every rule that
 * fires is recorded, so the moderator sees all the reasons at once.
 */
export function screenSubmission(text: string, context: SubmissionContext): Screening {
  return screening({
    first_posts: context.approvedBefore < context.firstPostsScreened,
    child_protections: hasChildProtections(context.author),
    personal_information: hasPersonalInformation(text),
    blocked_words: hasBlockedWords(text, context.blockedWords),
    cool_down: inCoolDown(context.author, context.now),
  });
}

/**
 * Screens a requested public name by the rules about its words and its author's conduct: personal information,
 * blocked words and a cool-down. Not first_posts or child_protections: a name is not a post, a newcomer's first
 * name would otherwise always wait, and people under 18 cannot choose a free-text name at all (they keep the
 * generated one: lib/accounts/profile/service.ts refuses it).
 */
export function screenPublicName(
  name: string,
  context: ScreeningSettings & { author: { postsHeldUntil: Date | null } },
): Screening {
  return screening({
    first_posts: false,
    child_protections: false,
    personal_information: hasPersonalInformation(name),
    blocked_words: hasBlockedWords(name, context.blockedWords),
    cool_down: inCoolDown(context.author, context.now),
  });
}

/** The moderation columns an edit writes, from its screen: the same for questions and comments. */
export interface ScreenedEdit {
  moderation: "pending" | "approved";
  screeningRules: ScreeningRule[];
  /** Set when the edit is held (it joins the queue now); null when a held post is cleared; absent: unchanged. */
  queuedAt?: Date | null;
}

/**
 * What an edit does to a post that is published or waiting (the only ones an author may edit): the new words
 * are screened as if posted now. Held: it waits again with the rules that fired, queued from now. Passed: a
 * published post keeps its place in the queue as it was (it may be waiting for a moderator to look at its
 * reports); a waiting post whose new words pass is published, as it would have been had it been posted so.
 */
export function screenedEdit(wasPending: boolean, screening: Screening, now: Date): ScreenedEdit {
  if (screening.moderation === "pending")
    return { moderation: "pending", screeningRules: screening.rules, queuedAt: now };
  return { moderation: "approved", screeningRules: [], ...(wasPending ? { queuedAt: null } : {}) };
}
