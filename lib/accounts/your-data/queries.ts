import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";

/**
 * Everything the portal holds about the signed-in person (UK GDPR right of access), as one JSON document.
 * Hashes of passwords and links are left out: they are not information about the person and would only
 * help an attacker who got hold of the file.
 */
export async function exportPersonalData(actor: Actor | null) {
  requirePermission(actor, "account.exportData");
  const where = { id: actor.id };
  const [profile, questions, comments, supports, follows, notifications, flags, responses, statusChanges, memberships] =
    await Promise.all([
      db.user.findUniqueOrThrow({
        where,
        select: {
          id: true,
          email: true,
          emailVerifiedAt: true,
          displayName: true,
          platformRole: true,
          status: true,
          district: { select: { name: true } },
          ageBand: true,
          participantType: true,
          emailNotifications: true,
          createdAt: true,
          updatedAt: true,
        },
      }),
      db.question.findMany({
        where: { authorId: actor.id },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          title: true,
          body: true,
          moderation: true,
          moderationReason: true,
          status: true,
          createdAt: true,
          district: { select: { name: true } },
          themes: { select: { theme: { select: { name: true } } } },
          revisions: { orderBy: { createdAt: "asc" }, select: { title: true, body: true, createdAt: true } },
        },
      }),
      db.comment.findMany({
        where: { authorId: actor.id },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          questionId: true,
          parentId: true,
          body: true,
          moderation: true,
          moderationReason: true,
          createdAt: true,
        },
      }),
      db.vote.findMany({
        where: { userId: actor.id },
        orderBy: { createdAt: "asc" },
        select: { questionId: true, createdAt: true, question: { select: { title: true } } },
      }),
      db.follow.findMany({
        where: { userId: actor.id },
        orderBy: { createdAt: "asc" },
        select: { questionId: true, createdAt: true, question: { select: { title: true } } },
      }),
      db.notification.findMany({
        where: { userId: actor.id },
        orderBy: { createdAt: "asc" },
        select: { kind: true, message: true, questionId: true, readAt: true, createdAt: true },
      }),
      db.flag.findMany({
        where: { reporterId: actor.id },
        orderBy: { createdAt: "asc" },
        select: { questionId: true, commentId: true, category: true, details: true, state: true, createdAt: true },
      }),
      db.response.findMany({
        where: { authorId: actor.id },
        orderBy: { createdAt: "asc" },
        select: { id: true, questionId: true, body: true, createdAt: true, organisation: { select: { name: true } } },
      }),
      db.statusChange.findMany({
        where: { actorId: actor.id },
        orderBy: { createdAt: "asc" },
        select: { questionId: true, fromStatus: true, toStatus: true, note: true, createdAt: true },
      }),
      db.organisationMembership.findMany({
        where: { userId: actor.id },
        select: { role: true, createdAt: true, organisation: { select: { name: true } } },
      }),
    ]);
  return {
    exportedAt: new Date().toISOString(),
    about:
      "Everything My Smarter Essex holds about you. Your password is stored only as a one-way hash, which is not included.",
    profile: {
      ...profile,
      district: profile.district?.name ?? null,
    },
    organisationMemberships: memberships.map((m) => ({
      organisation: m.organisation.name,
      role: m.role,
      since: m.createdAt,
    })),
    questions: questions.map((q) => ({
      ...q,
      district: q.district?.name ?? null,
      themes: q.themes.map((t) => t.theme.name),
      earlierVersions: q.revisions,
      revisions: undefined,
    })),
    comments,
    supports: supports.map((s) => ({
      questionId: s.questionId,
      questionTitle: s.question.title,
      supportedAt: s.createdAt,
    })),
    follows: follows.map((f) => ({
      questionId: f.questionId,
      questionTitle: f.question.title,
      followedAt: f.createdAt,
    })),
    notifications,
    flagsMade: flags,
    officialResponsesWritten: responses.map((r) => ({ ...r, organisation: r.organisation.name })),
    statusChangesMade: statusChanges,
  };
}
