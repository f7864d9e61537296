// Every kind of person against every action in the permissions table, and against each relation to the
// target where a rule depends on it (own or someone else's), through the real services and the real
// database. A refused cell must throw the expected error (Unauthenticated when nobody is signed in) and
// leave every table exactly as it was.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ACTIONS, can, type Action } from "@/lib/auth/permissions";
import { resendVerification, signOutEverywhere } from "@/lib/accounts/service";
import { updateProfile } from "@/lib/accounts/profile/service";
import { updateEmailSettings } from "@/lib/notifications/email/service";
import { decideAgeBandRequest } from "@/lib/accounts/age-band-requests/service";
import { exportPersonalData } from "@/lib/accounts/your-data/queries";
import { deleteAccount } from "@/lib/accounts/your-data/service";
import { addMembership, changePlatformRole, removeMembership } from "@/lib/admin/people/service";
import { acceptInvitation, inviteToOrganisation, withdrawInvitation } from "@/lib/invitations/service";
import { hashToken } from "@/lib/accounts/tokens";
import { listFeedback } from "@/lib/feedback/queries";
import { markFeedbackDealtWith } from "@/lib/feedback/service";
import { Forbidden, NotFound, Unauthenticated } from "@/lib/errors";
import { askQuestion, editQuestion, supportQuestion } from "@/lib/questions/service";
import { reportPost } from "@/lib/flags/service";
import { decideComment, decidePublicName, decideQuestion, hidePost, restorePost } from "@/lib/moderation/service";
import { appealDecision } from "@/lib/moderation/appeals/service";
import { endCoolDown, liftSuspension, setCoolDown, suspendAccount } from "@/lib/suspensions/service";
import { closeSafeguardingConcern, markSafeguardingConcern } from "@/lib/safeguarding/service";
import { listConcerns } from "@/lib/safeguarding/queries";
import { deleteComment, editComment, postComment } from "@/lib/comments/service";
import { followQuestion } from "@/lib/follows/service";
import { markNotificationRead } from "@/lib/notifications/service";
import { answerDeliveryCheck } from "@/lib/delivery-checks/service";
import { editResponse, publishResponse } from "@/lib/responses/service";
import { createAnswerTemplate, deleteAnswerTemplate, updateAnswerTemplate } from "@/lib/answer-templates/service";
import { changeQuestionStatus } from "@/lib/triage/service";
import { approveRoomQuestion } from "@/lib/event-console/service";
import { newJoinCode } from "@/lib/events/join-code";
import {
  addMilestone,
  changeCommitmentState,
  completeMilestone,
  createCommitment,
  editCommitment,
  postCommitmentUpdate,
  setCommitmentProgress,
} from "@/lib/commitments/service";
import { mergeQuestion } from "@/lib/merges/service";
import { createEvent, editEvent } from "@/lib/events/service";
import { readPrioritiesDashboard } from "@/lib/priorities/queries";
import { londonToday, presetPeriod } from "@/lib/priorities/schemas";
import { setQuestionTags } from "@/lib/tags/service";
import { addInternalNote } from "@/lib/internal-notes/service";
import { claimQuestion, reassignQuestion, releaseQuestion, transferQuestion } from "@/lib/assignments/service";
import { addBankHoliday, updateSetting } from "@/lib/settings/service";
import { replacePopulationFigures } from "@/lib/participation/service";
import {
  createOrganisation as createOrganisationAsAdmin,
  deactivateOrganisation,
  reactivateOrganisation,
  updateOrganisation,
} from "@/lib/organisations/service";
import { createTheme, restoreTheme, retireTheme, updateTheme } from "@/lib/themes/service";
import { listAuditEntries } from "@/lib/audit/queries";
import { openInboxExport, parseInboxExportRequest } from "@/lib/triage/inbox-export";
import { listSecurityEvents } from "@/lib/security-events/queries";
import { securityEventsPageSchema } from "@/lib/security-events/schemas";
import { createOrganisation, createQuestion, signedInActor } from "../support/fixtures";
import { tableDigest } from "../support/table-digest";

const PEOPLE = [
  "visitor",
  "unverified",
  "citizen",
  "under-16 citizen",
  "partner of A",
  "partner of B",
  "partner lead of A",
  "moderator",
  "admin",
  "suspended",
] as const;
type Person = (typeof PEOPLE)[number];

// Written out independently of lib/auth/permissions.ts: what each person may do.
const SIGNED_IN: Person[] = [
  "unverified",
  "citizen",
  "under-16 citizen",
  "partner of A",
  "partner of B",
  "partner lead of A",
  "moderator",
  "admin",
];
const VERIFIED: Person[] = SIGNED_IN.filter((p) => p !== "unverified");
const PARTNERS_AND_ADMIN: Person[] = ["partner of A", "partner of B", "partner lead of A", "admin"];
// A suspended person (a verified citizen otherwise) keeps only what they need to look after their own account and
// data: reading their notifications, downloading their data, deleting the account, signing out everywhere.
const SIGNED_IN_EVEN_SUSPENDED: Person[] = [...SIGNED_IN, "suspended"];
const EXPECTED: Record<Action, Person[]> = {
  "question.ask": VERIFIED,
  "question.edit": VERIFIED,
  "question.support": VERIFIED,
  "question.follow": VERIFIED,
  "comment.create": VERIFIED,
  "comment.edit": VERIFIED,
  "comment.delete": VERIFIED,
  "flag.create": VERIFIED,
  "notification.markRead": SIGNED_IN_EVEN_SUSPENDED,
  "account.updateProfile": SIGNED_IN,
  "account.exportData": SIGNED_IN_EVEN_SUSPENDED,
  "account.delete": SIGNED_IN_EVEN_SUSPENDED,
  "account.signOutEverywhere": SIGNED_IN_EVEN_SUSPENDED,
  "account.resendVerification": SIGNED_IN,
  "moderation.decideAgeBandChange": ["moderator", "admin"],
  "moderation.decideQuestion": ["moderator", "admin"],
  "moderation.decideComment": ["moderator", "admin"],
  "moderation.decidePublicName": ["moderator", "admin"],
  "moderation.hide": ["moderator", "admin"],
  "moderation.restore": ["moderator", "admin"],
  "moderation.markSafeguarding": ["moderator", "admin"],
  "moderation.suspend": ["moderator", "admin"],
  "post.appeal": VERIFIED,
  "safeguarding.review": ["admin"],
  "response.publish": PARTNERS_AND_ADMIN,
  "response.edit": PARTNERS_AND_ADMIN,
  "answerTemplate.manage": PARTNERS_AND_ADMIN,
  "question.claim": PARTNERS_AND_ADMIN,
  "question.release": PARTNERS_AND_ADMIN,
  "question.transfer": PARTNERS_AND_ADMIN,
  "question.reassign": PARTNERS_AND_ADMIN,
  "question.tag": PARTNERS_AND_ADMIN,
  "question.changeStatus": PARTNERS_AND_ADMIN,
  "internalNote.create": PARTNERS_AND_ADMIN,
  "question.merge": PARTNERS_AND_ADMIN,
  "priorities.read": PARTNERS_AND_ADMIN,
  "inbox.export": PARTNERS_AND_ADMIN,
  "commitment.manage": PARTNERS_AND_ADMIN,
  "admin.changePlatformRole": ["admin"],
  "admin.manageMemberships": ["admin"],
  "organisation.manage": ["admin"],
  "membership.invite": PARTNERS_AND_ADMIN,
  "membership.remove": PARTNERS_AND_ADMIN,
  "invitation.accept": SIGNED_IN,
  "theme.manage": ["admin"],
  "settings.manage": ["admin"],
  "population.manage": ["admin"],
  "audit.read": ["admin"],
  "securityEvent.read": ["admin"],
  "feedback.manage": ["admin"],
  "commitment.answerDeliveryCheck": VERIFIED,
  "event.manage": ["partner of A", "partner of B", "partner lead of A", "moderator", "admin"],
  "event.facilitate": ["partner of A", "partner of B", "partner lead of A", "moderator", "admin"],
};

// Where the rule also depends on the target, written out per relation for the people EXPECTED allows:
// another person's question or comment to edit (or delete) is not found among yours, and so is another person's
// notification; nobody supports or reports their own question, and nobody moderates their own.
const RELATIONS = ["own", "other"] as const;
type Relation = (typeof RELATIONS)[number];
type Outcome = "done" | typeof Forbidden | typeof NotFound | typeof Unauthenticated;
const BY_RELATION: Partial<Record<Action, Record<Relation, Outcome>>> = {
  "question.edit": { own: "done", other: NotFound },
  "question.support": { own: Forbidden, other: "done" },
  "flag.create": { own: Forbidden, other: "done" },
  "moderation.decideQuestion": { own: Forbidden, other: "done" },
  "moderation.decideComment": { own: Forbidden, other: "done" },
  "moderation.decidePublicName": { own: Forbidden, other: "done" },
  "moderation.hide": { own: Forbidden, other: "done" },
  "moderation.restore": { own: Forbidden, other: "done" },
  "moderation.markSafeguarding": { own: Forbidden, other: "done" },
  "moderation.suspend": { own: Forbidden, other: "done" },
  "post.appeal": { own: "done", other: NotFound },
  "comment.edit": { own: "done", other: NotFound },
  "comment.delete": { own: "done", other: NotFound },
  "notification.markRead": { own: "done", other: NotFound },
  // Only the person asked "Has this been delivered?" answers it: not someone asked about another's check.
  "commitment.answerDeliveryCheck": { own: "done", other: Forbidden },
  // An invitation is for the address it was sent to: the link alone does not let another person join.
  "invitation.accept": { own: "done", other: Forbidden },
  // Running an event's room: only for its facilitators ("own": the actor facilitates the event; "other": the actor
  // facilitates another event, and this one is someone else's), so a facilitator of one event cannot act on another.
  "event.facilitate": { own: "done", other: Forbidden },
};

// People the role table lets try, whom the row's rule refuses: organisation A holds the question (workspaceAccess),
// the response, the templates and the claim are organisation A's (organisationAccess), and reassigning within A is
// for its leads (organisationLeadAccess).
const REFUSED_BY_POLICY: Partial<Record<Action, Person[]>> = {
  "response.publish": ["partner of B"],
  "response.edit": ["partner of B"],
  "answerTemplate.manage": ["partner of B"],
  "question.claim": ["partner of B"],
  "question.release": ["partner of B"],
  "question.transfer": ["partner of B"],
  "question.reassign": ["partner of A", "partner of B"],
  "question.tag": ["partner of B"],
  "internalNote.create": ["partner of B"],
  "question.changeStatus": ["partner of B"],
  // Merging organisation A's question into another: not for another organisation's partner.
  "question.merge": ["partner of B"],
  // Making and changing organisation A's commitments (lib/commitments/policy.ts): not for another organisation.
  "commitment.manage": ["partner of B"],
  // Inviting to and removing from organisation A: its lead (and admins) only.
  "membership.invite": ["partner of A", "partner of B"],
  "membership.remove": ["partner of A", "partner of B"],
  // Changing an event organised and facilitated by someone else (lib/events/policy.ts): not for other partners.
  "event.manage": ["partner of A", "partner of B", "partner lead of A"],
};

function expectedOutcome(person: Person, action: Action, relation: Relation | null): Outcome {
  if (person === "visitor") return Unauthenticated;
  // A suspended person is signed in but refused (with their suspension's reason) everything but the four above,
  // where they fare as any citizen does.
  if (!EXPECTED[action].includes(person)) return Forbidden;
  if (REFUSED_BY_POLICY[action]?.includes(person)) return Forbidden;
  return relation ? BY_RELATION[action]![relation] : "done";
}

let orgA: number;
let orgB: number;

async function makePerson(person: Person): Promise<{ actor: Actor | null; userId: string | null }> {
  if (person === "visitor") return { actor: null, userId: null };
  const id = randomUUID();
  await db.user.create({
    data: {
      id,
      email: `${id}@example.com`,
      displayName: "Matrix Person",
      emailVerifiedAt: person === "unverified" ? null : new Date(),
      platformRole: person === "moderator" ? "moderator" : person === "admin" ? "admin" : "citizen",
      ageBand: person === "under-16 citizen" ? "under_16" : null,
      ...(person === "suspended" ? { status: "suspended", suspendedReason: "Broke the house rules." } : {}),
    },
  });
  if (person === "partner of A" || person === "partner lead of A" || person === "partner of B") {
    await db.organisationMembership.create({
      data: {
        userId: id,
        organisationId: person === "partner of B" ? orgB : orgA,
        role: person === "partner lead of A" ? "lead" : "member",
      },
    });
  }
  // The real path every request takes; a suspended person's actor carries the suspension.
  return { actor: await signedInActor(id, 0), userId: id };
}

interface Targets {
  /** Someone else, for admin actions to aim at: a citizen who belongs to organisation A. */
  userId: string;
  /** A published open question, the actor's own or someone else's as the cell's relation says, to edit, support or report. */
  questionId: string;
  /** A question held for a moderator, the actor's own or someone else's as the cell's relation says. */
  pendingQuestionId: string;
  /** A published comment on that question, just posted (so within its edit window), the actor's own or another's. */
  commentId: string;
  /** A published open question assigned to organisation A, to answer or move along. */
  assignedQuestionId: string;
  /** Organisation A's published response on that question. */
  responseId: string;
  /** One of organisation A's answer templates. */
  answerTemplateId: string;
  /** An unread notification, the actor's own or someone else's as the cell's relation says, to mark read. */
  notificationId: string;
  /** A message sent through the contact page, not yet dealt with. */
  feedbackId: string;
  /** The target person's pending request to move from "not said" into an adult age group. */
  ageBandRequestId: string;
  /** A comment held for a moderator, the actor's own or someone else's as the cell's relation says. */
  pendingCommentId: string;
  /** Whose requested public name waits for a moderator: the actor's own, or the target person's. */
  pendingNameUserId: string;
  /** A question hidden by reports, waiting for a moderator, the actor's own or someone else's. */
  hiddenQuestionId: string;
  /** A question a moderator (the target person, in the database's eyes) turned down citing a rule: own or another's. */
  rejectedQuestionId: string;
  /** The person an account action aims at: the actor themself, or the target person (a member of organisation A). */
  personId: string;
  /** An open safeguarding concern about someone else's question. */
  concernId: string;
  /** The link's token of a waiting invitation to organisation A, sent to the actor's address or to another. */
  invitationToken: string;
  /** A delivered commitment of organisation A whose delivery check asked the actor, or only the target person. */
  deliveredCommitmentId: string;
  /** A question organisation A holds and has answered in public, to make a commitment on. */
  answeredQuestionId: string;
  /** Organisation A's planned commitment (on another answered question), with a milestone not yet completed. */
  commitmentId: string;
  milestoneId: string;
  /** An upcoming event for organisation A, organised and facilitated by the target person alone. */
  managedEventId: string;
  /** An event whose facilitator is the actor ("own") or the target person ("other"), with a question waiting. */
  eventId: string;
  roomQuestionId: string;
}

async function makeTargets(actorUserId: string | null, relation: Relation | null): Promise<Targets> {
  const id = randomUUID();
  await db.user.create({
    data: { id, email: `${id}@example.com`, displayName: "Target Person", emailVerifiedAt: new Date() },
  });
  await db.organisationMembership.create({ data: { userId: id, organisationId: orgA } });
  const authorId = relation === "own" && actorUserId ? actorUserId : id;
  const question = await createQuestion(authorId, {
    title: relation === "own" ? "The actor's own open question" : "Someone else's published question",
  });
  const pendingQuestion = await createQuestion(authorId, {
    title: relation === "own" ? "The actor's own held question" : "Someone else's held question",
    moderation: "pending",
  });
  const comment = await db.comment.create({
    data: { questionId: question.id, authorId, body: "A comment to change or delete.", moderation: "approved" },
    select: { id: true },
  });
  const assigned = await createQuestion(id, { title: "A question organisation A leads on" });
  await db.assignment.create({ data: { questionId: assigned.id, organisationId: orgA, dueOn: new Date() } });
  const response = await db.response.create({
    data: { questionId: assigned.id, organisationId: orgA, authorId: id, body: "Organisation A is looking at this." },
    select: { id: true },
  });
  const template = await db.answerTemplate.create({
    data: { organisationId: orgA, title: `Road works ${id}`, body: "Road works follow a plan.", createdById: id },
    select: { id: true },
  });
  const notification = await db.notification.create({
    data: {
      userId: relation === "own" && actorUserId ? actorUserId : id,
      eventId: randomUUID(),
      kind: "question_status_changed",
      questionId: assigned.id,
      message: "A question you asked changed status.",
    },
    select: { id: true },
  });
  const feedback = await db.feedback.create({
    data: { topic: "problem", message: "The map does not load.", email: "reply@example.com" },
  });
  const request = await db.ageBandChangeRequest.create({
    data: { userId: id, fromBand: null, toBand: "age_25_44" },
    select: { id: true },
  });
  const now = new Date();
  const pendingComment = await db.comment.create({
    data: { questionId: question.id, authorId, body: "A comment held for a moderator.", queuedAt: now },
    select: { id: true },
  });
  await db.user.update({
    where: { id: authorId },
    data: { pendingDisplayName: "Matrix Requested Name", nameQueuedAt: now },
  });
  const hidden = await createQuestion(authorId, { title: "A question hidden by reports", moderation: "hidden" });
  await db.question.update({ where: { id: hidden.id }, data: { queuedAt: now, moderatedAt: now } });
  const rejected = await createQuestion(authorId, {
    title: "A question turned down citing a rule",
    moderation: "rejected",
    moderationReason: "It is about a bus route outside Essex.",
  });
  await db.question.update({
    where: { id: rejected.id },
    data: { moderationRule: "on_topic", moderatedById: id, moderatedAt: now, publishedAt: null },
  });
  const concern = await db.safeguardingConcern.create({
    data: { questionId: assigned.id, subjectId: id, raisedById: id, note: "The question mentions being hurt at home." },
    select: { id: true },
  });
  const invitationToken = randomUUID();
  await db.organisationInvitation.create({
    data: {
      organisationId: orgA,
      email: relation === "own" && actorUserId ? `${actorUserId}@example.com` : `${id}@example.com`,
      tokenHash: hashToken(invitationToken),
      invitedById: id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  const delivered = await db.commitment.create({
    data: {
      organisationId: orgA,
      title: "Smart benches on the seafront",
      description: "Six benches that charge phones.",
      targetDate: now,
      state: "delivered",
      evidence: "Installed in May.",
      deliveredAt: now,
      deliveryCheckSentAt: now,
      createdById: id,
      questions: { create: [{ questionId: assigned.id }] },
    },
    select: { id: true },
  });
  await db.deliveryCheck.create({
    data: { commitmentId: delivered.id, userId: relation === "own" && actorUserId ? actorUserId : id },
  });
  const answered = await createQuestion(id, { title: "A question organisation A answered", status: "answered" });
  await db.assignment.create({ data: { questionId: answered.id, organisationId: orgA, dueOn: new Date() } });
  await db.response.create({
    data: { questionId: answered.id, organisationId: orgA, authorId: id, body: "Organisation A will fix it." },
  });
  const promised = await createQuestion(id, { title: "A question organisation A promised on", status: "planned" });
  const commitment = await db.commitment.create({
    data: {
      organisationId: orgA,
      title: "Organisation A's promise",
      description: "Fix the crossing.",
      targetDate: new Date(Date.UTC(2030, 0, 1)),
      createdById: id,
      questions: { create: [{ questionId: promised.id }] },
      milestones: { create: [{ title: "Survey the crossing", plannedDate: new Date(Date.UTC(2029, 5, 1)) }] },
    },
    select: { id: true, milestones: { select: { id: true } } },
  });
  const startsAt = new Date(Date.UTC(2031, 2, 3, 10));
  const managed = await db.event.create({
    data: {
      title: "Matrix workshop",
      description: "For the matrix.",
      kind: "school_workshop",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      place: "Harlow College",
      organiserId: id,
      organisationId: orgA,
      joinCode: newJoinCode(),
      facilitators: { create: [{ userId: id }] },
    },
    select: { id: true },
  });
  const makeEvent = async (facilitatorId: string) => {
    const event = await db.event.create({
      data: {
        title: "Matrix workshop",
        description: "Questions from the matrix.",
        startsAt: new Date(Date.now() - 3_600_000),
        endsAt: new Date(Date.now() + 3_600_000),
        place: "Chelmsford",
        organiserId: id,
        joinCode: newJoinCode(),
        facilitators: { create: [{ userId: facilitatorId }] },
      },
      select: { id: true },
    });
    const participant = await db.eventParticipant.create({
      data: {
        eventId: event.id,
        nickname: "Curious Heron 7",
        ageBand: "under_16",
        tokenHash: randomUUID().padEnd(64, "0"),
      },
    });
    const roomQuestion = await db.eventQuestion.create({
      data: {
        eventId: event.id,
        participantId: participant.id,
        text: "Why do the buses stop at six?",
        askedByUnder18: true,
      },
      select: { id: true },
    });
    return { eventId: event.id, roomQuestionId: roomQuestion.id };
  };
  const event = await makeEvent(relation === "own" && actorUserId ? actorUserId : id);
  // For "other", the actor runs a room of their own, just not this one.
  if (relation === "other" && actorUserId) await makeEvent(actorUserId);
  return {
    ...event,
    managedEventId: managed.id,
    answeredQuestionId: answered.id,
    commitmentId: commitment.id,
    milestoneId: commitment.milestones[0]!.id,
    invitationToken,
    deliveredCommitmentId: delivered.id,
    personId: authorId,
    concernId: concern.id,
    pendingCommentId: pendingComment.id,
    pendingNameUserId: authorId,
    hiddenQuestionId: hidden.id,
    rejectedQuestionId: rejected.id,
    userId: id,
    questionId: question.id,
    pendingQuestionId: pendingQuestion.id,
    commentId: comment.id,
    assignedQuestionId: assigned.id,
    responseId: response.id,
    answerTemplateId: template.id,
    notificationId: notification.id,
    ageBandRequestId: request.id,
    feedbackId: feedback.id,
  };
}

interface Setup {
  actor: Actor | null;
  userId: string | null;
  targets: Targets;
}

// Making a person and twenty-odd target rows for each of the ~580 cells, and fingerprinting tables that grow by
// that much each time, was most of this file's time. A refused cell proves with the checksum that it changed
// nothing, so its person and targets are exactly as made: the next cell of the same person and relation starts
// from them instead of new ones. A cell that went through (or failed) may have changed them, so it hands nothing
// on and the next cell makes its own. Each key keeps its own person, as a fresh setup would have.
const untouched = new Map<string, Setup>();
const setupKey = (person: Person, relation: Relation | null) => `${person}/${relation ?? "any"}`;
// The checksum the last refused cell ended with, while nothing has written since (null once anything may have):
// the next cell's "before", as taking it again would give the same.
let checksumSinceLastRefusal: string | null = null;

async function setUpFor(person: Person, relation: Relation | null): Promise<Setup> {
  const key = setupKey(person, relation);
  const kept = untouched.get(key);
  untouched.delete(key);
  if (kept) return kept;
  checksumSinceLastRefusal = null;
  const { actor, userId } = await makePerson(person);
  return { actor, userId, targets: await makeTargets(userId, relation) };
}

const QUESTION = {
  title: "Could Chelmsford have more cycle parking at the station?",
  body: "There is never a free space after eight in the morning.",
  themes: ["matrix-theme"],
  district: null,
};

/** A date far ahead, different for each cell's target person, so every allowed cell adds a holiday of its own. */
function matrixHoliday(seed: string): Date {
  const day = Number.parseInt(seed.slice(0, 6), 16) % 3650;
  return new Date(Date.UTC(2200, 0, 1) + day * 86_400_000);
}

const PERFORM: Record<Action, (actor: Actor | null, targets: Targets) => Promise<unknown>> = {
  // Approving a question waiting in the event's room (every console action asks the same facilitator rule).
  "event.facilitate": (actor, targets) =>
    approveRoomQuestion(actor, { eventId: targets.eventId, roomQuestionId: targets.roomQuestionId }),
  "moderation.decideComment": (actor, targets) =>
    decideComment(actor, { commentId: targets.pendingCommentId, decision: "approve", reason: null }),
  "moderation.decidePublicName": (actor, targets) =>
    decidePublicName(actor, { userId: targets.pendingNameUserId, decision: "approve", reason: null }),
  "moderation.hide": (actor, targets) =>
    hidePost(actor, { post: { kind: "question", id: targets.questionId }, rule: "respectful", reason: null }),
  "moderation.restore": (actor, targets) =>
    restorePost(actor, { post: { kind: "question", id: targets.hiddenQuestionId }, reason: null }),
  "moderation.markSafeguarding": (actor, targets) =>
    markSafeguardingConcern(actor, { questionId: targets.questionId, note: "The question mentions being hurt." }),
  // Suspending, lifting, and setting and ending a cool-down, under one permission.
  "moderation.suspend": async (actor, targets) => {
    await suspendAccount(actor, { userId: targets.personId, reason: "Repeated insults.", until: null });
    await liftSuspension(actor, { userId: targets.personId });
    await setCoolDown(actor, { userId: targets.personId, until: new Date(Date.now() + 7 * 86_400_000) });
    await endCoolDown(actor, { userId: targets.personId });
  },
  "post.appeal": (actor, targets) =>
    appealDecision(actor, {
      questionId: targets.rejectedQuestionId,
      commentId: null,
      body: "It was about the bus station, which is on topic.",
    }),
  // Closing a concern is refused as reading the restricted list is.
  "safeguarding.review": async (actor, targets) => {
    await closeSafeguardingConcern(actor, { concernId: targets.concernId, closingNote: "Passed to the lead." });
    await listConcerns(actor);
  },
  "question.ask": (actor) => askQuestion(actor, QUESTION),
  "question.edit": (actor, targets) =>
    editQuestion(actor, targets.questionId, { ...QUESTION, title: "An edited title for the question" }),
  "question.support": (actor, targets) => supportQuestion(actor, targets.questionId),
  "question.follow": (actor, targets) => followQuestion(actor, targets.questionId),
  "comment.create": (actor, targets) =>
    postComment(actor, { questionId: targets.questionId, parentId: null, body: "A comment from the matrix." }),
  "comment.edit": (actor, targets) =>
    editComment(actor, { commentId: targets.commentId, body: "A changed comment from the matrix." }),
  "comment.delete": (actor, targets) => deleteComment(actor, { commentId: targets.commentId }),
  "flag.create": (actor, targets) =>
    reportPost(actor, { questionId: targets.questionId, commentId: null, category: "spam", details: null }),
  "notification.markRead": (actor, targets) => markNotificationRead(actor, targets.notificationId),
  "commitment.answerDeliveryCheck": (actor, targets) =>
    answerDeliveryCheck(actor, { commitmentId: targets.deliveredCommitmentId, answer: "partly" }),
  "moderation.decideQuestion": (actor, targets) =>
    decideQuestion(actor, { questionId: targets.pendingQuestionId, decision: "approve", reason: null }),
  "response.publish": (actor, targets) =>
    publishResponse(actor, {
      questionId: targets.assignedQuestionId,
      organisationId: orgA,
      body: "Organisation A will look at this in the spring.",
    }),
  "response.edit": (actor, targets) =>
    editResponse(actor, {
      responseId: targets.responseId,
      body: "Organisation A will now look at this in the summer.",
    }),
  // Writing, changing and removing an organisation's standard paragraphs, under one permission.
  "answerTemplate.manage": async (actor, targets) => {
    await createAnswerTemplate(actor, {
      organisationId: orgA,
      title: `Thanks ${targets.userId}`,
      body: "Thank you for asking.",
    });
    await updateAnswerTemplate(actor, {
      templateId: targets.answerTemplateId,
      title: `Changed ${targets.userId}`,
      body: "Changed.",
    });
    await deleteAnswerTemplate(actor, { templateId: targets.answerTemplateId });
  },
  "question.claim": (actor, targets) =>
    claimQuestion(actor, { questionId: targets.assignedQuestionId, organisationId: orgA }),
  "question.release": (actor, targets) =>
    releaseQuestion(actor, { questionId: targets.assignedQuestionId, reason: "Not something we can answer." }),
  "question.transfer": (actor, targets) =>
    transferQuestion(actor, { questionId: targets.assignedQuestionId, toOrganisationId: orgB, note: "Theirs." }),
  "question.reassign": (actor, targets) =>
    reassignQuestion(actor, { questionId: targets.assignedQuestionId, memberId: targets.userId }),
  "question.tag": (actor, targets) =>
    setQuestionTags(actor, {
      questionId: targets.assignedQuestionId,
      themes: ["matrix-theme"],
      partnerTagIds: [],
      newPartnerTag: "Matrix follow-up",
    }),
  "internalNote.create": (actor, targets) =>
    addInternalNote(actor, { questionId: targets.assignedQuestionId, body: "Ring the depot first." }),
  "question.changeStatus": (actor, targets) =>
    changeQuestionStatus(actor, {
      questionId: targets.assignedQuestionId,
      to: "declined",
      note: "Outside what organisation A can do.",
    }),
  // The profile and the email settings are both the person's own account, under one permission. Someone under 18
  // keeps their generated public name (lib/moderation/screening), so their profile is saved without one.
  "account.updateProfile": async (actor) => {
    await updateProfile(actor, {
      ...(actor?.ageBand === "under_16" ? {} : { displayName: "Renamed Person" }),
      district: null,
      ageBand: actor?.ageBand ?? null,
      participantType: "other",
    });
    await updateEmailSettings(actor, {
      emailNotifications: true,
      ownQuestions: "daily",
      commentReplies: "off",
      followedQuestions: "immediate",
    });
  },
  "account.exportData": (actor) => exportPersonalData(actor),
  "account.delete": (actor) => deleteAccount(actor),
  "account.signOutEverywhere": (actor) => signOutEverywhere(actor),
  "account.resendVerification": (actor) => resendVerification(actor),
  "moderation.decideAgeBandChange": (actor, targets) =>
    decideAgeBandRequest(actor, { requestId: targets.ageBandRequestId, decision: "approve", reason: null }),
  "admin.changePlatformRole": (actor, targets) =>
    changePlatformRole(actor, { userId: targets.userId, platformRole: "moderator" }),
  "admin.manageMemberships": async (actor, targets) => {
    await addMembership(actor, { userId: targets.userId, organisationId: orgB, role: "member" });
    await removeMembership(actor, { userId: targets.userId, organisationId: orgA });
  },
  // Creating, editing, deactivating and reactivating an organisation, under one permission.
  "organisation.manage": async (actor, targets) => {
    const { id } = await createOrganisationAsAdmin(actor, {
      name: `Matrix Council ${targets.userId}`,
      slug: `matrix-${targets.userId}`,
      kind: "council",
      description: "Made by the matrix.",
    });
    await updateOrganisation(actor, {
      organisationId: id,
      name: `Matrix District ${targets.userId}`,
      slug: `matrix-${targets.userId}`,
      kind: "council",
      description: "Renamed by the matrix.",
    });
    await deactivateOrganisation(actor, { organisationId: id });
    await reactivateOrganisation(actor, { organisationId: id });
  },
  // Inviting to organisation A and withdrawing the invitation, under one permission.
  "membership.invite": async (actor, targets) => {
    const { invitationId } = await inviteToOrganisation(actor, {
      organisationId: orgA,
      email: `invitee-${targets.userId}@example.com`,
      role: "member",
    });
    await withdrawInvitation(actor, { invitationId });
  },
  "membership.remove": (actor, targets) => removeMembership(actor, { userId: targets.userId, organisationId: orgA }),
  "invitation.accept": (actor, targets) => acceptInvitation(actor, { token: targets.invitationToken }),
  // Creating, renaming, retiring and bringing back a theme, under one permission.
  "theme.manage": async (actor, targets) => {
    const { id } = await createTheme(actor, {
      name: `Matrix theme ${targets.userId}`,
      slug: `matrix-${targets.userId}`,
      description: "Made by the matrix.",
    });
    await updateTheme(actor, {
      themeId: id,
      name: `Matrix topic ${targets.userId}`,
      slug: `matrix-${targets.userId}`,
      description: "Renamed by the matrix.",
    });
    await retireTheme(actor, { themeId: id });
    await restoreTheme(actor, { themeId: id });
  },
  // Saving a setting and adding a bank holiday, under one permission (a second save of the same value is a no-op).
  "settings.manage": async (actor, targets) => {
    await updateSetting(actor, { name: "responseTarget", value: 11 });
    await addBankHoliday(actor, { date: matrixHoliday(targets.userId), name: "Matrix day" });
  },
  // Replacing the census population figures with a one-row file (the matrix has no districts).
  "population.manage": (actor) =>
    replacePopulationFigures(actor, { file: "group,code,usual_residents\nage_band,under_16,352000\n" }),
  // Merging organisation A's question into another published one.
  "question.merge": (actor, targets) =>
    mergeQuestion(actor, {
      duplicateId: targets.assignedQuestionId,
      keepId: targets.questionId,
      note: "The same question in other words.",
    }),
  // Making a commitment on A's answered question, then every change to A's commitment, under one permission.
  "commitment.manage": async (actor, targets) => {
    await createCommitment(actor, {
      organisationId: orgA,
      questionIds: [targets.answeredQuestionId],
      title: "Repaint the crossing",
      description: "Organisation A repaints it.",
      targetDate: new Date(Date.UTC(2031, 5, 1)),
    });
    const commitmentId = targets.commitmentId;
    await editCommitment(actor, {
      commitmentId,
      title: "Fix and light the crossing",
      description: "With lights.",
      targetDate: new Date(Date.UTC(2030, 0, 2)),
    });
    await addMilestone(actor, {
      commitmentId,
      title: "Order the lights",
      plannedDate: new Date(Date.UTC(2029, 8, 1)),
    });
    await completeMilestone(actor, { commitmentId, milestoneId: targets.milestoneId });
    await setCommitmentProgress(actor, { commitmentId, progress: 40 });
    await postCommitmentUpdate(actor, { commitmentId, body: "The survey is done." });
    await changeCommitmentState(actor, { commitmentId, to: "in_progress" });
  },
  // Changing someone else's event first (refused for partners who neither organise nor facilitate it), then
  // making one: for the person's own organisation, or for CSES by a moderator or admin.
  "event.manage": async (actor, targets) => {
    const startsAt = new Date(Date.UTC(2031, 4, 5, 13));
    const details = {
      title: "Smart bins workshop",
      description: "Students ask about bins that say when they are full.",
      kind: "school_workshop" as const,
      place: "Basildon Academy",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7_200_000),
      facilitatorIds: [],
    };
    await editEvent(actor, {
      ...details,
      eventId: targets.managedEventId,
      organisationId: orgA,
      facilitatorIds: [targets.userId],
    });
    await createEvent(actor, { ...details, organisationId: actor?.memberships[0]?.organisationId ?? null });
  },
  // The whole dashboard for the default period, as the page reads it.
  "priorities.read": (actor) => readPrioritiesDashboard(actor, presetPeriod("90d", londonToday())),
  // Downloading the inbox's default view, with the internal notes the person may read, to its last batch.
  "inbox.export": async (actor) => {
    const download = await openInboxExport(actor, parseInboxExportRequest(new URLSearchParams("notes=on")));
    for await (const batch of download.batches) expect(Array.isArray(batch)).toBe(true);
  },
  "audit.read": (actor) => listAuditEntries(actor, {}),
  "securityEvent.read": (actor) => listSecurityEvents(actor, securityEventsPageSchema.parse({}).filter),
  // Reading the list (names and addresses) is refused as closing a message is.
  "feedback.manage": async (actor, targets) => {
    await listFeedback(actor);
    await markFeedbackDealtWith(actor, { feedbackId: targets.feedbackId });
  },
};

let client: pg.Client;
const TABLES = [
  "user",
  "organisation_membership",
  "vote",
  "follow",
  "response",
  "response_revision",
  "answer_template",
  "assignment",
  "assignment_event",
  "notification",
  "one_time_token",
  "captured_mail",
  "audit_log",
  "question",
  "question_theme",
  "partner_tag",
  "question_partner_tag",
  "internal_note",
  "comment",
  "question_revision",
  "status_change",
  "feedback",
  "age_band_change_request",
  "flag",
  "moderation_appeal",
  "safeguarding_concern",
  "setting",
  "bank_holiday",
  "organisation",
  "organisation_invitation",
  "theme",
  "security_event",
  "commitment",
  "commitment_question",
  "delivery_check",
  "commitment_milestone",
  "commitment_update",
  "event",
  "event_facilitator",
  "event_participant",
  "event_question",
  "event_support",
];

const checksum = () => tableDigest(client, TABLES);

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  orgA = (await createOrganisation()).id;
  orgB = (await createOrganisation()).id;
  await db.theme.create({ data: { slug: "matrix-theme", name: "Matrix theme", description: "For the matrix." } });
});
afterAll(() => client.end());

// A visitor has no questions of their own, so has no "own" cells.
const relationsFor = (person: Person, action: Action): (Relation | null)[] =>
  BY_RELATION[action] ? RELATIONS.filter((r) => !(r === "own" && person === "visitor")) : [null];
const cells = PEOPLE.flatMap((person) =>
  ACTIONS.flatMap((action) =>
    relationsFor(person, action).map((relation) => ({
      person,
      action,
      relation,
      target: relation ?? "any",
      expected: expectedOutcome(person, action, relation),
    })),
  ),
);

describe("authorization matrix", () => {
  it("covers every person against every action in the permissions table, and every relation where a rule depends on it", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
    expect(Object.keys(BY_RELATION).sort()).toEqual([
      "comment.delete",
      "comment.edit",
      "commitment.answerDeliveryCheck",
      "event.facilitate",
      "flag.create",
      "invitation.accept",
      "moderation.decideComment",
      "moderation.decidePublicName",
      "moderation.decideQuestion",
      "moderation.hide",
      "moderation.markSafeguarding",
      "moderation.restore",
      "moderation.suspend",
      "notification.markRead",
      "post.appeal",
      "question.edit",
      "question.support",
    ]);
    expect(PEOPLE).toHaveLength(10);
    expect(ACTIONS).toHaveLength(53);
    // 36 actions × 10 people, plus 17 actions × (10 people × 2 relations, less the visitor's own).
    expect(cells).toHaveLength(36 * 10 + 17 * 19);
    // Allowed, without a relation: ask, follow and comment for the 7 verified people; 5 account actions for the 8
    // signed-in people, and 3 of them (download their data, delete the account, sign out everywhere) for the
    // suspended person; deciding an age group change for the moderator and the admin; 9 triage actions on
    // organisation A's question (answer, edit its answer, its templates, claim, release, transfer, tag, change
    // status, note) for A's 2 partners and the admin, and reassigning within A for its lead and the admin; 3 admin
    // actions and reviewing safeguarding concerns for the admin; managing organisations, themes and settings and
    // reading the audit log and the security events and replacing the population figures for the admin; inviting to and removing from organisation A
    // for its lead and the admin; merging A's question for A's 2 partners and the admin; reading the priorities and
    // downloading the inbox for the 4 partners and admins; making and changing A's commitments for A's 2 partners and
    // the admin; changing someone else's event and making one for the moderator and the admin.
    // With a relation: marking your own notification read (8 signed-in people and the suspended person); editing
    // your own question, supporting and reporting another's, and editing and deleting your own comment (7 verified
    // people each); 7 moderation actions on someone else (decide a held question, comment or public name, hide,
    // restore, mark a safeguarding concern, suspend) for the moderator and the admin; appealing a decision about
    // your own question (7 verified people); joining from an invitation to your own address (8 signed-in people);
    // answering the delivery check you were asked (7 verified people); running the room of an event you facilitate
    // (the 3 partners, the moderator and the admin).
    expect(cells.filter((c) => c.expected === "done")).toHaveLength(
      3 * 7 +
        5 * 8 +
        3 +
        1 * 2 +
        9 * 3 +
        1 * 2 +
        4 * 1 +
        9 +
        5 * 7 +
        7 * 2 +
        1 * 7 +
        6 +
        2 * 2 +
        8 +
        3 +
        2 * 4 +
        7 +
        3 +
        2 +
        5,
    );
    // Another's question to edit, another's comment to edit or delete, another's decision to appeal (7 verified
    // people each), and another's notification to mark read (8 signed-in people and the suspended person).
    expect(cells.filter((c) => c.expected === NotFound)).toHaveLength(4 * 7 + 9);
    // Refused by a rule about the row: supporting or reporting your own question (7 verified people each), and the
    // 7 moderation actions on your own post, name or account (the moderator and the admin).
    expect(
      cells.filter((c) => c.expected === Forbidden && c.relation === "own" && EXPECTED[c.action].includes(c.person)),
    ).toHaveLength(2 * 7 + 7 * 2);
    // Refused because the question is another organisation's: partner of B in each of the 10 triage actions; a
    // member of A who is not its lead reassigning; inviting to and removing from A by anyone but its lead; partner of
    // B merging A's question; partner of B making or changing A's commitments; the 3 partners changing an event
    // they neither organise nor facilitate.
    expect(
      cells.filter((c) => c.expected === Forbidden && REFUSED_BY_POLICY[c.action]?.includes(c.person)),
    ).toHaveLength(11 + 1 + 2 * 2 + 1 + 3);
    // The visitor alone (36 + 17 cells): the suspended person is signed in.
    expect(cells.filter((c) => c.expected === Unauthenticated)).toHaveLength(36 + 17);
    // The suspended person is refused everything else: 33 of the 36 actions without a relation, and both relations
    // of the 16 actions with one other than marking a notification read.
    expect(cells.filter((c) => c.person === "suspended" && c.expected === Forbidden)).toHaveLength(33 + 16 * 2);
    // A facilitator of another event acting on this one: the 3 partners, the moderator and the admin.
    expect(
      cells.filter(
        (c) =>
          c.expected === Forbidden &&
          c.relation === "other" &&
          c.action === "event.facilitate" &&
          EXPECTED[c.action].includes(c.person),
      ),
    ).toHaveLength(5);
    // Answering a delivery check someone else was asked: the 7 verified people.
    expect(
      cells.filter(
        (c) =>
          c.expected === Forbidden &&
          c.relation === "other" &&
          c.action === "commitment.answerDeliveryCheck" &&
          EXPECTED[c.action].includes(c.person),
      ),
    ).toHaveLength(7);
    // Joining from an invitation sent to someone else's address: the 8 signed-in people.
    expect(
      cells.filter(
        (c) =>
          c.expected === Forbidden &&
          c.relation === "other" &&
          c.action === "invitation.accept" &&
          EXPECTED[c.action].includes(c.person),
      ),
    ).toHaveLength(8);
  });

  it.each(cells)("$person → $action on $target target", async ({ person, action, relation, expected }) => {
    const setup = await setUpFor(person, relation);
    const { actor, targets } = setup;
    // The role table alone: relations are for the services' policies.
    expect(can(actor, action)).toBe(EXPECTED[action].includes(person));

    const before = checksumSinceLastRefusal ?? (await checksum());
    checksumSinceLastRefusal = null;
    const outcome = await PERFORM[action](actor, targets).then(
      () => "done",
      (error: unknown) => error,
    );
    if (expected === "done") {
      expect(outcome).toBe("done");
    } else {
      expect(outcome).toBeInstanceOf(expected);
      const after = await checksum();
      expect(after).toBe(before);
      // Proven untouched: the next cell of this person and relation may start from here.
      checksumSinceLastRefusal = after;
      untouched.set(setupKey(person, relation), setup);
    }
  });
});
