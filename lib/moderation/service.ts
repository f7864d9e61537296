import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationState, NotificationKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission, type Action } from "@/lib/auth/permissions";
import { NOT_YOUR_OWN_POST, assertAllowed } from "@/lib/auth/policy";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/service";
import { Conflict, DomainError, Invalid } from "@/lib/errors";
import { commentReplyMessage, moderationNoticeMessage } from "@/lib/notifications/messages";
import { notify } from "@/lib/notifications/service";
import { houseRule, houseRuleLabel, type HouseRuleCode } from "./house-rules";
import type { SkipCode } from "./queue-filters";
import {
  APPEAL_NEEDS_ANOTHER_MODERATOR,
  ALREADY_DECIDED,
  ITEM_NOT_FOUND,
  QUESTION_NOT_FOUND,
  appealOutcomeOf,
  itemDecisionPolicy,
  outcomeOf,
  type ModeratedItem,
} from "./policy";
import {
  DECISIONS_CITING_A_RULE,
  REJECT_NEEDS_RULE,
  type Decision,
  type ItemDecisionInput,
  type QuestionDecisionInput,
  type QueueItemRef,
  type SelectionDecisionInput,
} from "./schemas";

type Tx = Prisma.TransactionClient;

/** A question or a comment, the two kinds of post a moderator decides. */
export interface PostRef {
  kind: "question" | "comment";
  id: string;
}

export const NOT_A_PUBLISHED_ORIGINAL = "Choose a published question as the one it repeats";

interface DecisionDetails {
  rule?: HouseRuleCode | null;
  reason: string | null;
  duplicateOfId?: string | null;
  /**
   * When the last decision on it was made, as the moderator saw it (null: none). Given, a decision made since
   * refuses this one, as already decided: restoring what a colleague has just kept hidden, say.
   */
  seen?: Date | null;
}

/** The permission each decision needs: deciding a held post is per kind; hiding and restoring are for any post. */
function permissionFor(kind: PostRef["kind"], decision: Decision): Action {
  if (decision === "hide" || decision === "keep") return "moderation.hide";
  if (decision === "restore") return "moderation.restore";
  return kind === "question" ? "moderation.decideQuestion" : "moderation.decideComment";
}

// Whole names, not assembled from parts, so every one can be found in the code and in lib/audit/actions.ts.
const AUDIT_ACTION: Record<PostRef["kind"], Record<Decision, AuditAction>> = {
  question: {
    approve: "moderation.approveQuestion",
    reject: "moderation.rejectQuestion",
    hide: "moderation.hideQuestion",
    restore: "moderation.restoreQuestion",
    keep: "moderation.keepQuestion",
  },
  comment: {
    approve: "moderation.approveComment",
    reject: "moderation.rejectComment",
    hide: "moderation.hideComment",
    restore: "moderation.restoreComment",
    keep: "moderation.keepComment",
  },
};

/** The notification for a decision that settles no appeal. */
function noticeKind(kind: PostRef["kind"], decision: Decision): NotificationKind {
  if (decision === "approve") return kind === "question" ? "question_approved" : "comment_approved";
  if (decision === "reject") return kind === "question" ? "question_rejected" : "comment_rejected";
  return decision === "restore" ? "post_restored" : "post_hidden";
}

interface LockedPost {
  id: string;
  authorId: string | null;
  moderation: ModerationState;
  queuedAt: Date | null;
  /** The question's title (for a comment, its question's). */
  title: string;
  questionId: string;
  publishedAt: Date | null;
  moderatedAt: Date | null;
  parentId: string | null;
}

/** The post's row, locked until the decision commits: a second moderator deciding at once waits, then sees it decided. */
async function lockPost(tx: Tx, post: PostRef): Promise<LockedPost | null> {
  const rows =
    post.kind === "question"
      ? await tx.$queryRaw<LockedPost[]>`
          SELECT id, author_id AS "authorId", moderation, queued_at AS "queuedAt", title, id AS "questionId",
                 published_at AS "publishedAt", moderated_at AS "moderatedAt", NULL::uuid AS "parentId"
          FROM question WHERE id = ${post.id}::uuid FOR UPDATE`
      : await tx.$queryRaw<LockedPost[]>`
          SELECT c.id, c.author_id AS "authorId", c.moderation, c.queued_at AS "queuedAt", q.title,
                 c.question_id AS "questionId", NULL::timestamp AS "publishedAt", c.moderated_at AS "moderatedAt",
                 c.parent_id AS "parentId"
          FROM comment c JOIN question q ON q.id = c.question_id WHERE c.id = ${post.id}::uuid FOR UPDATE OF c`;
  return rows[0] ?? null;
}

/** Whether a safeguarding concern on the post is still open (read after the post's lock, which marking takes too). */
async function underOpenConcern(tx: Tx, post: PostRef): Promise<boolean> {
  const open = await tx.safeguardingConcern.findFirst({
    where:
      post.kind === "question"
        ? { questionId: post.id, commentId: null, closedAt: null }
        : { commentId: post.id, closedAt: null },
    select: { id: true },
  });
  return open !== null;
}

/** The appeal on the post still waiting for a decision (one appeal per post, by its unique key). */
async function openAppeal(tx: Tx, post: PostRef): Promise<{ originalModeratorId: string } | null> {
  return tx.moderationAppeal.findFirst({
    where: { ...(post.kind === "question" ? { questionId: post.id } : { commentId: post.id }), outcome: null },
    select: { originalModeratorId: true },
  });
}

/**
 * One moderator's decision on a question or comment, following the moderation contract (DESIGN, issue 14):
 * the post's row is locked, the decision must be one its state allows now (so of two moderators at once, one
 * decides and the other is told it was already decided), never on the moderator's own post nor by the
 * moderator whose decision is under appeal. In one transaction: the post's state, who decided and why
 * (rule and words), out of the queue, its open reports closed, the appeal settled, exactly one audit entry,
 * and the author told.
 */
async function decidePost(actor: Actor | null, post: PostRef, decision: Decision, details: DecisionDetails) {
  requirePermission(actor, permissionFor(post.kind, decision));
  const rule = details.rule ?? null;
  if (DECISIONS_CITING_A_RULE.includes(decision) && !rule) {
    throw new Invalid(REJECT_NEEDS_RULE, { rule: REJECT_NEEDS_RULE });
  }
  const reason = details.reason?.trim() || null;
  const duplicateOfId = post.kind === "question" && decision === "reject" ? (details.duplicateOfId ?? null) : null;

  await db.$transaction(async (tx) => {
    const locked = await lockPost(tx, post);
    const appeal = locked ? await openAppeal(tx, post) : null;
    const openConcern = locked ? await underOpenConcern(tx, post) : false;
    const item: ModeratedItem | null = locked
      ? {
          authorId: locked.authorId,
          moderation: locked.moderation,
          queued: locked.queuedAt !== null,
          appeal,
          openConcern,
        }
      : null;
    assertAllowed(
      itemDecisionPolicy(actor, item, decision, post.kind === "question" ? QUESTION_NOT_FOUND : ITEM_NOT_FOUND),
    );
    if (!locked) return; // refused by the policy already; this narrows the type
    if (details.seen !== undefined && details.seen?.getTime() !== locked.moderatedAt?.getTime()) {
      throw new Conflict(ALREADY_DECIDED);
    }

    const original = duplicateOfId
      ? await tx.question.findFirst({
          where: { id: duplicateOfId, moderation: "approved", NOT: { id: locked.id } },
          select: { id: true, title: true },
        })
      : null;
    if (duplicateOfId && !original) {
      throw new Invalid(NOT_A_PUBLISHED_ORIGINAL, { duplicateOfId: NOT_A_PUBLISHED_ORIGINAL });
    }

    const now = new Date();
    const outcome = outcomeOf(decision, locked.moderation);
    const citesRule = DECISIONS_CITING_A_RULE.includes(decision);
    const state = {
      moderation: outcome,
      moderatedById: actor.id,
      moderatedAt: now,
      moderationRule: citesRule ? rule : null,
      moderationReason: reason,
      queuedAt: null,
      openFlagCount: 0,
    };
    // The lock makes this certain; the condition on the state read keeps the write honest if that ever changes.
    const changed =
      post.kind === "question"
        ? await tx.question.updateMany({
            where: { id: locked.id, moderation: locked.moderation },
            data: {
              ...state,
              duplicateOfId: original?.id ?? null,
              ...(outcome === "approved" && !locked.publishedAt ? { publishedAt: now } : {}),
            },
          })
        : await tx.comment.updateMany({ where: { id: locked.id, moderation: locked.moderation }, data: state });
    if (changed.count !== 1) throw new Conflict("Another moderator has already decided this. Reload the page.");

    await tx.flag.updateMany({
      where: { ...(post.kind === "question" ? { questionId: post.id } : { commentId: post.id }), state: "open" },
      data: { state: outcome === "approved" ? "dismissed" : "upheld", resolvedById: actor.id, resolvedAt: now },
    });
    const appealOutcome = appeal ? appealOutcomeOf(outcome) : null;
    if (appealOutcome) {
      await tx.moderationAppeal.updateMany({
        where: { ...(post.kind === "question" ? { questionId: post.id } : { commentId: post.id }), outcome: null },
        data: { outcome: appealOutcome, decidedById: actor.id, decidedAt: now, decisionNote: reason },
      });
    }

    await recordAudit(tx, {
      actorId: actor.id,
      action: AUDIT_ACTION[post.kind][decision],
      targetType: post.kind,
      targetId: post.id,
      before: { moderation: locked.moderation, queued: locked.queuedAt !== null },
      after: {
        moderation: outcome,
        rule: citesRule ? rule : null,
        reason,
        duplicateOfId: original?.id ?? null,
        appeal: appealOutcome,
      },
    });
    const cited = citesRule ? houseRule(rule) : null;
    await notify(tx, {
      kind: appealOutcome ? "appeal_decided" : noticeKind(post.kind, decision),
      questionId: locked.questionId,
      commentId: post.kind === "comment" ? post.id : null,
      actorId: actor.id,
      // A question asked in the room at an event has nobody to tell.
      recipients: locked.authorId === null ? [] : [locked.authorId],
      message: moderationNoticeMessage({
        post: post.kind,
        title: locked.title,
        decision,
        rule: cited ? houseRuleLabel(cited) : null,
        reason,
        appeal: appealOutcome !== null,
        duplicateOf: original ? { title: original.title, href: `/questions/${original.id}` } : null,
      }),
    });
    // A reply held for a moderator told nobody when it was posted (lib/comments/service.ts): its approval does.
    if (post.kind === "comment" && outcome === "approved" && locked.moderation === "pending" && locked.parentId) {
      await notifyReplied(tx, locked);
    }
  });
}

async function notifyReplied(tx: Tx, reply: LockedPost): Promise<void> {
  const [parent, replier] = await Promise.all([
    tx.comment.findUnique({ where: { id: reply.parentId! }, select: { authorId: true } }),
    // A comment always has an author (only questions asked at an event have none).
    tx.user.findUnique({ where: { id: reply.authorId! }, select: { displayName: true } }),
  ]);
  if (!parent || !replier) return;
  await notify(tx, {
    kind: "comment_reply",
    questionId: reply.questionId,
    commentId: reply.id,
    actorId: reply.authorId,
    message: commentReplyMessage(replier.displayName, reply.title),
    recipients: [parent.authorId],
  });
}

/**
 * A moderator (or admin) publishes a question that was held for moderation, or turns it down citing a house
 * rule (with their own words if they like), perhaps as a repeat of a published question the author is pointed
 * to. See decidePost for what one decision changes.
 */
export async function decideQuestion(actor: Actor | null, input: QuestionDecisionInput): Promise<void> {
  await decidePost(actor, { kind: "question", id: input.questionId }, input.decision, input);
}

/** The same for a comment held for moderation. */
export async function decideComment(
  actor: Actor | null,
  input: { commentId: string; decision: "approve" | "reject"; rule?: HouseRuleCode | null; reason: string | null },
): Promise<void> {
  await decidePost(actor, { kind: "comment", id: input.commentId }, input.decision, input);
}

/** Hides a published question or comment, citing a house rule: it leaves every public list and page. */
export async function hidePost(
  actor: Actor | null,
  input: { post: PostRef; rule: HouseRuleCode; reason: string | null; seen?: Date | null },
): Promise<void> {
  await decidePost(actor, input.post, "hide", input);
}

/**
 * Keeps a post hidden (by reports) or turned down (and appealed) as it is: it becomes a moderator's decision
 * citing a house rule, which the author may appeal (or whose appeal is upheld).
 */
export async function keepHidden(
  actor: Actor | null,
  input: { post: PostRef; rule: HouseRuleCode; reason: string | null; seen?: Date | null },
): Promise<void> {
  await decidePost(actor, input.post, "keep", input);
}

/** Publishes a hidden or turned-down post again. */
export async function restorePost(
  actor: Actor | null,
  input: { post: PostRef; reason: string | null; seen?: Date | null },
): Promise<void> {
  await decidePost(actor, input.post, "restore", input);
}

/**
 * A requested public name: approved, it becomes the person's public name; turned down (citing a rule), their
 * name stays as it was and they read why on their profile page (no notification: a notification names a
 * question). One transaction with one audit entry; never a moderator's own name.
 */
export async function decidePublicName(
  actor: Actor | null,
  input: { userId: string; decision: "approve" | "reject"; rule?: HouseRuleCode | null; reason: string | null },
): Promise<void> {
  requirePermission(actor, "moderation.decidePublicName");
  const rule = input.rule ?? null;
  if (input.decision === "reject" && !rule) throw new Invalid(REJECT_NEEDS_RULE, { rule: REJECT_NEEDS_RULE });
  const reason = input.reason?.trim() || null;
  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; displayName: string; pendingDisplayName: string | null }[]>`
      SELECT id, display_name AS "displayName", pending_display_name AS "pendingDisplayName"
      FROM "user" WHERE id = ${input.userId}::uuid AND deleted_at IS NULL FOR UPDATE`;
    const person = rows[0] ?? null;
    const item: ModeratedItem | null = person
      ? {
          authorId: person.id,
          // A name with nothing waiting offers no decision: deciding it again is a conflict.
          moderation: person.pendingDisplayName ? "pending" : "approved",
          queued: person.pendingDisplayName !== null,
          appeal: null,
        }
      : null;
    assertAllowed(itemDecisionPolicy(actor, item, input.decision));
    if (!person?.pendingDisplayName) return;

    const approved = input.decision === "approve";
    const cleared = { pendingDisplayName: null, pendingNameRules: [], nameQueuedAt: null };
    const changed = await tx.user.updateMany({
      where: { id: person.id, pendingDisplayName: person.pendingDisplayName },
      data: approved
        ? { ...cleared, displayName: person.pendingDisplayName, nameRejectionRule: null, nameRejectionReason: null }
        : { ...cleared, nameRejectionRule: rule, nameRejectionReason: reason },
    });
    if (changed.count !== 1) throw new Conflict("Another moderator has already decided this. Reload the page.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: approved ? "moderation.approvePublicName" : "moderation.rejectPublicName",
      targetType: "user",
      targetId: person.id,
      before: { displayName: person.displayName, requested: person.pendingDisplayName },
      after: approved ? { displayName: person.pendingDisplayName } : { displayName: person.displayName, rule, reason },
    });
  });
}

/** One decision from an item's review page, to the service for its kind. */
export async function decideItem(
  actor: Actor | null,
  input: Omit<ItemDecisionInput, "returnTo" | "seen"> & { seen?: Date | null },
): Promise<void> {
  const { item, decision, rule, reason, seen } = input;
  if (item.kind === "name") {
    if (decision !== "approve" && decision !== "reject") {
      requirePermission(actor, "moderation.decidePublicName");
      throw new Conflict("A public name can only be approved or turned down.");
    }
    return decidePublicName(actor, { userId: item.id, decision, rule, reason });
  }
  const post = { kind: item.kind, id: item.id };
  if (decision === "approve" || decision === "reject") {
    return item.kind === "question"
      ? decideQuestion(actor, { questionId: item.id, decision, rule, reason, duplicateOfId: input.duplicateOfId })
      : decideComment(actor, { commentId: item.id, decision, rule, reason });
  }
  if (decision === "restore") return restorePost(actor, { post, reason, seen });
  if (!rule) throw new Invalid(REJECT_NEEDS_RULE, { rule: REJECT_NEEDS_RULE });
  return decision === "hide"
    ? hidePost(actor, { post, rule, reason, seen })
    : keepHidden(actor, { post, rule, reason, seen });
}

export interface SelectionOutcome {
  done: QueueItemRef[];
  /** Items left as they were, each with the reason the moderator reads and its code for the queue's address. */
  skipped: { item: QueueItemRef; why: string; code: SkipCode }[];
}

function skipCodeOf(error: DomainError): SkipCode {
  if (error.message === NOT_YOUR_OWN_POST) return "own";
  if (error.message === APPEAL_NEEDS_ANOTHER_MODERATOR) return "appeal";
  return "decided";
}

const DECIDE_PERMISSION: Record<QueueItemRef["kind"], Action> = {
  question: "moderation.decideQuestion",
  comment: "moderation.decideComment",
  name: "moderation.decidePublicName",
};

/**
 * Approves or turns down (citing one rule for all) the items a moderator ticked on a queue page. Each item is
 * decided in its own transaction, exactly as if decided alone: one item that may not be decided (the
 * moderator's own post, already decided by someone else, an appeal against their own decision) is skipped
 * with its reason and does not undo the others, and no transaction holds the locks of a whole page while a
 * colleague decides one of its items.
 */
export async function decideSelection(
  actor: Actor | null,
  input: Omit<SelectionDecisionInput, "returnTo">,
): Promise<SelectionOutcome> {
  for (const kind of new Set(input.items.map((item) => item.kind))) requirePermission(actor, DECIDE_PERMISSION[kind]);
  if (input.decision === "reject" && !input.rule) throw new Invalid(REJECT_NEEDS_RULE, { rule: REJECT_NEEDS_RULE });
  const outcome: SelectionOutcome = { done: [], skipped: [] };
  const seen = new Set<string>();
  for (const item of input.items) {
    const key = `${item.kind}:${item.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    try {
      await decideItem(actor, { item, decision: input.decision, rule: input.rule, reason: input.reason });
      outcome.done.push(item);
    } catch (error) {
      if (!(error instanceof DomainError) || error instanceof Invalid) throw error;
      outcome.skipped.push({ item, why: error.message, code: skipCodeOf(error) });
    }
  }
  return outcome;
}
