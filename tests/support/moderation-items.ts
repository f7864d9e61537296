// Items waiting in the moderation queue, written as the moderation contract leaves them (issue 14): held by
// screening, reported, appealed, and requested public names. For the queue's and the decisions' tests.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { FlagCategory } from "@/lib/generated/prisma/enums";
import { createQuestion, createUser } from "./fixtures";

export async function heldQuestion(
  authorId: string,
  { queuedAt = new Date(), title, rules = ["first_posts"] }: { queuedAt?: Date; title?: string; rules?: string[] } = {},
) {
  const question = await createQuestion(authorId, { moderation: "pending", title });
  return db.question.update({
    where: { id: question.id },
    data: { queuedAt, screeningRules: rules },
  });
}

export async function heldComment(
  authorId: string,
  questionId: string,
  {
    queuedAt = new Date(),
    parentId = null,
    body = "The 2 bus is always late at Rayleigh.",
  }: { queuedAt?: Date; parentId?: string | null; body?: string } = {},
) {
  return db.comment.create({
    data: {
      questionId,
      authorId,
      parentId,
      body,
      moderation: "pending",
      screeningRules: ["child_protections"],
      queuedAt,
    },
  });
}

/** Reports from new people on a published post, counted and queued as flag.create leaves them. */
export async function report(
  post: { questionId: string } | { commentId: string },
  reports: { category: FlagCategory; details?: string }[],
  queuedAt = new Date(),
) {
  for (const r of reports) {
    const reporter = await createUser();
    await db.flag.create({ data: { reporterId: reporter.id, ...post, category: r.category, details: r.details } });
  }
  const data = { openFlagCount: { increment: reports.length }, queuedAt };
  if ("questionId" in post) await db.question.update({ where: { id: post.questionId }, data });
  else await db.comment.update({ where: { id: post.commentId }, data });
}

/** A published question hidden at the flag threshold: automatic, no rule, still waiting for a moderator. */
export async function hiddenByReports(authorId: string, queuedAt = new Date()) {
  const question = await createQuestion(authorId, { title: `Hidden by reports ${randomUUID().slice(0, 6)}` });
  await report(
    { questionId: question.id },
    [{ category: "offensive" }, { category: "offensive" }, { category: "spam" }],
    queuedAt,
  );
  return db.question.update({
    where: { id: question.id },
    data: { moderation: "hidden", moderatedAt: new Date(), moderationReason: "Hidden after reports from readers." },
  });
}

/** A question a moderator rejected citing a rule, which its author has appealed. */
export async function appealedQuestion(
  authorId: string,
  moderatorId: string,
  { queuedAt = new Date(), body = "It names nobody: it is about the bus company." } = {},
) {
  const question = await createQuestion(authorId, {
    moderation: "rejected",
    title: `Appealed ${randomUUID().slice(0, 6)}`,
    moderationReason: "It names a person.",
  });
  await db.question.update({
    where: { id: question.id },
    data: { moderatedById: moderatorId, moderatedAt: new Date(), moderationRule: "personal_information", queuedAt },
  });
  await db.moderationAppeal.create({
    data: {
      questionId: question.id,
      appellantId: authorId,
      originalModeratorId: moderatorId,
      originalRule: "personal_information",
      body,
    },
  });
  return question;
}

export async function requestedName(userId: string, name: string, queuedAt = new Date()) {
  return db.user.update({
    where: { id: userId },
    data: { pendingDisplayName: name, pendingNameRules: ["first_posts"], nameQueuedAt: queuedAt },
  });
}
