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
  const [
    profile,
    questions,
    comments,
    supports,
    follows,
    notifications,
    flags,
    responses,
    statusChanges,
    memberships,
    internalNotes,
    commitmentUpdates,
    commitments,
    auditAsActor,
    auditAsTarget,
    emails,
    digests,
    feedback,
    deliveryChecks,
  ] = await Promise.all([
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
        emailOwnQuestions: true,
        emailCommentReplies: true,
        emailFollowedQuestions: true,
        suspendedReason: true,
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
        editedAt: true,
        deletedAt: true,
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
      select: {
        kind: true,
        message: true,
        questionId: true,
        commentId: true,
        readAt: true,
        emailState: true,
        createdAt: true,
      },
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
    // Staff records: what a partner or CSES member of staff wrote in that role.
    db.internalNote.findMany({
      where: { authorId: actor.id },
      orderBy: { createdAt: "asc" },
      select: { questionId: true, body: true, createdAt: true, organisation: { select: { name: true } } },
    }),
    db.commitmentUpdate.findMany({
      where: { authorId: actor.id },
      orderBy: { createdAt: "asc" },
      select: { commitmentId: true, body: true, createdAt: true },
    }),
    db.commitment.findMany({
      where: { createdById: actor.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, createdAt: true, organisation: { select: { name: true } } },
    }),
    // The audit trail about the person: what they did with privileges, and what was done to their account.
    db.auditLog.findMany({
      where: { actorId: actor.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, targetType: true, targetId: true, before: true, after: true, createdAt: true },
    }),
    db.auditLog.findMany({
      where: { targetType: "user", targetId: actor.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true, before: true, after: true, createdAt: true },
    }),
    // Which emails were kept for them (only where no SMTP server is set): subjects and dates, not the text,
    // which holds sign-in and reset links that would let whoever holds the file into the account.
    actor.email
      ? db.capturedMail.findMany({
          where: { toAddress: actor.email },
          orderBy: { createdAt: "asc" },
          select: { subject: true, createdAt: true },
        })
      : [],
    db.emailDigest.findMany({
      where: { userId: actor.id },
      orderBy: { day: "asc" },
      select: { day: true, sentAt: true },
    }),
    db.feedback.findMany({
      where: { senderId: actor.id },
      orderBy: { createdAt: "asc" },
      select: { topic: true, name: true, email: true, message: true, createdAt: true, dealtWithAt: true },
    }),
    db.deliveryCheck.findMany({
      where: { userId: actor.id },
      orderBy: { askedAt: "asc" },
      select: {
        commitmentId: true,
        commitment: { select: { title: true } },
        askedAt: true,
        answer: true,
        answeredAt: true,
      },
    }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    about:
      "Everything My Smarter Essex holds about you. Left out, because they are secrets rather than information about you: your password (stored only as a one-way hash), the one-time sign-in and reset links, and the text of the emails we kept (which holds those links).",
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
    // "Has this been delivered?": when you were asked about each commitment, and what you answered.
    deliveryChecks: deliveryChecks.map((d) => ({
      commitmentId: d.commitmentId,
      commitmentTitle: d.commitment.title,
      askedAt: d.askedAt,
      answer: d.answer,
      answeredAt: d.answeredAt,
    })),
    notifications,
    flagsMade: flags,
    officialResponsesWritten: responses.map((r) => ({ ...r, organisation: r.organisation.name })),
    statusChangesMade: statusChanges,
    internalNotesWritten: internalNotes.map((n) => ({ ...n, organisation: n.organisation?.name ?? null })),
    commitmentUpdatesWritten: commitmentUpdates,
    commitmentsCreated: commitments.map((c) => ({ ...c, organisation: c.organisation.name })),
    auditEntries: {
      actionsYouTook: auditAsActor,
      // Which member of staff acted is not their personal data to give out: "you" or "staff" is enough.
      changesToYourAccount: auditAsTarget.map(({ actorId, ...entry }) => ({
        ...entry,
        by: actorId === actor.id ? "you" : actorId ? "staff" : "the system",
      })),
    },
    emailsKept: emails.map((m) => ({ subject: m.subject, sentAt: m.createdAt })),
    dailySummaryEmailsSent: digests,
    messagesSentToUs: feedback,
  };
}
