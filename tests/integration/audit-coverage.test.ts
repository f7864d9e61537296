// Every privileged action leaves exactly one audit entry, written with the change. The test finds every exported
// function of every lib/**/service.ts by itself; each must be listed below, either in PRIVILEGED (a scenario that
// runs it successfully as the staff member it is for, against fresh rows, and the audit action it must write) or
// in NOT_PRIVILEGED (with the reason it needs no entry). A new service function in neither list fails the test,
// by name, so no one can add a staff action and forget its audit entry.
//
// To add a function: one line in the right list, and the count in the first test. A reason for NOT_PRIVILEGED; for
// PRIVILEGED, `step(action, who, run)` when `run` can make its fresh rows itself (straight to the database, so
// they write no entry), e.g.
//   "lib/themes/service.ts#createTheme": step("theme.created", admin, async (actor) =>
//     (await import("@/lib/themes/service")).createTheme(actor, { name: `Theme ${randomUUID()}` })),
// or the long form, whose `prepare` may call other services (a claim before a release) before the count starts.
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { decideAgeBandRequest } from "@/lib/accounts/age-band-requests/service";
import { addMembership, changeMembershipRole, changePlatformRole, removeMembership } from "@/lib/admin/people/service";
import { acceptInvitation, inviteToOrganisation, withdrawInvitation } from "@/lib/invitations/service";
import { hashToken } from "@/lib/accounts/tokens";
import { createAnswerTemplate, deleteAnswerTemplate, updateAnswerTemplate } from "@/lib/answer-templates/service";
import { claimQuestion, reassignQuestion, releaseQuestion, transferQuestion } from "@/lib/assignments/service";
import { isAuditAction, type AuditAction } from "@/lib/audit/actions";
import {
  addMilestone,
  changeCommitmentState,
  completeMilestone,
  createCommitment,
  editCommitment,
  postCommitmentUpdate,
  setCommitmentProgress,
} from "@/lib/commitments/service";
import { db } from "@/lib/db";
import { markFeedbackDealtWith } from "@/lib/feedback/service";
import { addInternalNote } from "@/lib/internal-notes/service";
import {
  decideComment,
  decideItem,
  decidePublicName,
  decideQuestion,
  decideSelection,
  hidePost,
  keepHidden,
  restorePost,
} from "@/lib/moderation/service";
import { runInRequestScope } from "@/lib/request-scope";
import { editResponse, publishResponse } from "@/lib/responses/service";
import { closeSafeguardingConcern, markSafeguardingConcern } from "@/lib/safeguarding/service";
import { endCoolDown, liftSuspension, setCoolDown, suspendAccount } from "@/lib/suspensions/service";
import {
  createOrganisation as createOrganisationAsAdmin,
  deactivateOrganisation,
  reactivateOrganisation,
  updateOrganisation,
} from "@/lib/organisations/service";
import { createTheme, restoreTheme, retireTheme, updateTheme } from "@/lib/themes/service";
import { addBankHoliday, removeBankHoliday, updateSetting } from "@/lib/settings/service";
import { setQuestionTags } from "@/lib/tags/service";
import { changeQuestionStatus } from "@/lib/triage/service";
import { mergeQuestion } from "@/lib/merges/service";
import { createEvent, editEvent } from "@/lib/events/service";
import { newJoinCode } from "@/lib/events/join-code";
import {
  approveRoomQuestion,
  endEventNow,
  markAnsweredInRoom,
  mergeRoomQuestion,
  rejectRoomQuestion,
  setAcceptingQuestions,
  setNowAnswering,
  setRoomQuestionTheme,
  stepNowAnswering,
} from "@/lib/event-console/service";
import { addRoomQuestion, createEvent as createRoomEvent } from "../support/event-room";
import { replacePopulationFigures } from "@/lib/participation/service";
import { createOrganisation, createQuestion, createUser, partnerOf, personWithRole } from "../support/fixtures";

const root = path.resolve(import.meta.dirname, "../..");

let orgA: number;
let orgB: number;
const THEME = "audit-coverage-theme";

beforeAll(async () => {
  orgA = (await createOrganisation()).id;
  orgB = (await createOrganisation()).id;
  await db.theme.create({ data: { slug: THEME, name: "Audit coverage theme", description: "For this test." } });
});

/** What a scenario prepares: the staff member who acts, and the call to make (everything else is fresh rows). */
interface Prepared {
  actor: Actor;
  run: (actor: Actor) => Promise<unknown>;
}
interface Scenario {
  /** The action name the entry must carry. */
  action: AuditAction;
  prepare: () => Promise<Prepared>;
}

/** A scenario in one line: the fresh rows it needs are made inside `run` (not through a service). */
function step(action: AuditAction, who: () => Promise<Actor>, run: (actor: Actor) => Promise<unknown>): Scenario {
  return { action, prepare: async () => ({ actor: await who(), run }) };
}

const moderator = () => personWithRole("moderator");
const admin = () => personWithRole("admin");
const memberOfA = () => partnerOf(orgA);
const leadOfA = () => partnerOf(orgA, "lead");
const author = async () => (await createUser()).id;

/** A published open question organisation A leads on (assigned, not yet claimed). */
async function assignedQuestion(): Promise<string> {
  const question = await createQuestion(await author());
  await db.assignment.create({ data: { questionId: question.id, organisationId: orgA, dueOn: new Date() } });
  return question.id;
}
async function heldComment(): Promise<string> {
  const question = await createQuestion(await author());
  const comment = await db.comment.create({
    data: { questionId: question.id, authorId: await author(), body: "A held comment.", queuedAt: new Date() },
    select: { id: true },
  });
  return comment.id;
}
async function hiddenByReports(): Promise<string> {
  const question = await createQuestion(await author(), { moderation: "hidden" });
  await db.question.update({ where: { id: question.id }, data: { queuedAt: new Date(), moderatedAt: new Date() } });
  return question.id;
}
async function pendingQuestion(): Promise<string> {
  return (await createQuestion(await author(), { moderation: "pending" })).id;
}

/** A published question organisation A holds and has answered, ready for a commitment. */
async function answeredQuestionOfA(): Promise<string> {
  const question = await createQuestion(await author(), { status: "answered" });
  await db.assignment.create({ data: { questionId: question.id, organisationId: orgA, dueOn: new Date() } });
  return question.id;
}

/** Organisation A's planned commitment on a planned question, with one milestone not yet done. */
async function commitmentOfA(): Promise<{ commitmentId: string; milestoneId: string }> {
  const question = await createQuestion(await author(), { status: "planned" });
  const commitment = await db.commitment.create({
    data: {
      organisationId: orgA,
      title: "Mend the footbridge",
      description: "Organisation A mends it.",
      targetDate: new Date(Date.UTC(2030, 0, 1)),
      createdById: await author(),
      questions: { create: [{ questionId: question.id }] },
      milestones: { create: [{ title: "Survey", plannedDate: new Date(Date.UTC(2029, 0, 1)) }] },
    },
    select: { id: true, milestones: { select: { id: true } } },
  });
  return { commitmentId: commitment.id, milestoneId: commitment.milestones[0]!.id };
}

/** A commitment scenario: organisation A's member changes A's commitment. */
function commitmentStep(
  action: AuditAction,
  run: (actor: Actor, ids: { commitmentId: string; milestoneId: string }) => Promise<unknown>,
): Scenario {
  return {
    action,
    prepare: async () => {
      const ids = await commitmentOfA();
      return { actor: await memberOfA(), run: (actor) => run(actor, ids) };
    },
  };
}

const PRIVILEGED: Record<string, Scenario> = {
  "lib/commitments/service.ts#createCommitment": step("commitment.create", memberOfA, async (actor) =>
    createCommitment(actor, {
      organisationId: orgA,
      questionIds: [await answeredQuestionOfA()],
      title: "Add cycle stands",
      description: "Forty stands at the station.",
      targetDate: new Date(Date.UTC(2030, 5, 1)),
    }),
  ),
  "lib/commitments/service.ts#editCommitment": commitmentStep("commitment.edit", (actor, { commitmentId }) =>
    editCommitment(actor, {
      commitmentId,
      title: "Mend and light the footbridge",
      description: "With lights.",
      targetDate: new Date(Date.UTC(2030, 1, 1)),
    }),
  ),
  "lib/commitments/service.ts#addMilestone": commitmentStep("commitment.addMilestone", (actor, { commitmentId }) =>
    addMilestone(actor, { commitmentId, title: "Order parts", plannedDate: new Date(Date.UTC(2029, 6, 1)) }),
  ),
  "lib/commitments/service.ts#completeMilestone": commitmentStep(
    "commitment.completeMilestone",
    (actor, { commitmentId, milestoneId }) => completeMilestone(actor, { commitmentId, milestoneId }),
  ),
  "lib/commitments/service.ts#setCommitmentProgress": commitmentStep(
    "commitment.setProgress",
    (actor, { commitmentId }) => setCommitmentProgress(actor, { commitmentId, progress: 30 }),
  ),
  "lib/commitments/service.ts#postCommitmentUpdate": commitmentStep(
    "commitment.postUpdate",
    (actor, { commitmentId }) => postCommitmentUpdate(actor, { commitmentId, body: "The survey is booked." }),
  ),
  "lib/commitments/service.ts#changeCommitmentState": commitmentStep(
    "commitment.changeState",
    (actor, { commitmentId }) => changeCommitmentState(actor, { commitmentId, to: "in_progress" }),
  ),
  "lib/events/service.ts#createEvent": step("event.create", memberOfA, (actor) =>
    createEvent(actor, eventDetails(orgA)),
  ),
  "lib/events/service.ts#editEvent": step("event.edit", moderator, async (actor) => {
    const organiser = await partnerOf(orgA);
    const event = await db.event.create({
      data: {
        ...eventRow(),
        organiserId: organiser.id,
        organisationId: orgA,
        facilitators: { create: [{ userId: organiser.id }] },
      },
    });
    await editEvent(actor, { ...eventDetails(orgA), eventId: event.id, facilitatorIds: [organiser.id] });
  }),
  "lib/accounts/age-band-requests/service.ts#decideAgeBandRequest": {
    action: "moderation.approveAgeBandChange",
    prepare: async () => {
      const request = await db.ageBandChangeRequest.create({
        data: { userId: (await createUser({ ageBand: null })).id, fromBand: null, toBand: "age_25_44" },
      });
      return {
        actor: await moderator(),
        run: (actor) => decideAgeBandRequest(actor, { requestId: request.id, decision: "approve", reason: null }),
      };
    },
  },
  "lib/admin/people/service.ts#changePlatformRole": {
    action: "user.role_changed",
    prepare: async () => {
      const userId = await author();
      return { actor: await admin(), run: (actor) => changePlatformRole(actor, { userId, platformRole: "moderator" }) };
    },
  },
  "lib/admin/people/service.ts#addMembership": {
    action: "membership.added",
    prepare: async () => {
      const userId = await author();
      return {
        actor: await admin(),
        run: (actor) => addMembership(actor, { userId, organisationId: orgA, role: "member" }),
      };
    },
  },
  "lib/admin/people/service.ts#removeMembership": {
    action: "membership.removed",
    prepare: async () => {
      const member = await memberOfA();
      return {
        actor: await admin(),
        run: (actor) => removeMembership(actor, { userId: member.id, organisationId: orgA }),
      };
    },
  },
  "lib/answer-templates/service.ts#createAnswerTemplate": step("answerTemplate.create", memberOfA, (actor) =>
    createAnswerTemplate(actor, { organisationId: orgA, title: `Thanks ${randomUUID()}`, body: "Thank you." }),
  ),
  "lib/answer-templates/service.ts#updateAnswerTemplate": {
    action: "answerTemplate.update",
    prepare: async () => {
      const template = await answerTemplate();
      return {
        actor: await memberOfA(),
        run: (actor) => updateAnswerTemplate(actor, { templateId: template, title: `New ${template}`, body: "New." }),
      };
    },
  },
  "lib/answer-templates/service.ts#deleteAnswerTemplate": {
    action: "answerTemplate.delete",
    prepare: async () => {
      const template = await answerTemplate();
      return { actor: await memberOfA(), run: (actor) => deleteAnswerTemplate(actor, { templateId: template }) };
    },
  },
  "lib/assignments/service.ts#claimQuestion": {
    action: "question.claim",
    prepare: async () => {
      const questionId = await assignedQuestion();
      return { actor: await memberOfA(), run: (actor) => claimQuestion(actor, { questionId, organisationId: orgA }) };
    },
  },
  "lib/assignments/service.ts#releaseQuestion": {
    action: "question.release",
    prepare: async () => {
      const questionId = await assignedQuestion();
      const member = await memberOfA();
      await claimQuestion(member, { questionId, organisationId: orgA });
      return { actor: member, run: (actor) => releaseQuestion(actor, { questionId, reason: "Not ours to answer." }) };
    },
  },
  "lib/assignments/service.ts#transferQuestion": {
    action: "question.transfer",
    prepare: async () => {
      const questionId = await assignedQuestion();
      return {
        actor: await memberOfA(),
        run: (actor) => transferQuestion(actor, { questionId, toOrganisationId: orgB, note: "Theirs." }),
      };
    },
  },
  "lib/assignments/service.ts#reassignQuestion": {
    action: "question.reassign",
    prepare: async () => {
      const questionId = await assignedQuestion();
      const member = await memberOfA();
      return { actor: await leadOfA(), run: (actor) => reassignQuestion(actor, { questionId, memberId: member.id }) };
    },
  },
  "lib/feedback/service.ts#markFeedbackDealtWith": step("feedback.dealt_with", admin, async (actor) => {
    const feedback = await db.feedback.create({ data: { topic: "problem", message: "The map does not load." } });
    return markFeedbackDealtWith(actor, { feedbackId: feedback.id });
  }),
  "lib/internal-notes/service.ts#addInternalNote": {
    action: "internalNote.create",
    prepare: async () => {
      const questionId = await assignedQuestion();
      return { actor: await memberOfA(), run: (actor) => addInternalNote(actor, { questionId, body: "Ring first." }) };
    },
  },
  "lib/moderation/service.ts#decideQuestion": {
    action: "moderation.approveQuestion",
    prepare: async () => {
      const questionId = await pendingQuestion();
      return {
        actor: await moderator(),
        run: (actor) => decideQuestion(actor, { questionId, decision: "approve", reason: null }),
      };
    },
  },
  "lib/moderation/service.ts#decideComment": {
    action: "moderation.rejectComment",
    prepare: async () => {
      const commentId = await heldComment();
      return {
        actor: await moderator(),
        run: (actor) => decideComment(actor, { commentId, decision: "reject", rule: "respectful", reason: null }),
      };
    },
  },
  "lib/moderation/service.ts#hidePost": {
    action: "moderation.hideQuestion",
    prepare: async () => {
      const question = await createQuestion(await author());
      return {
        actor: await moderator(),
        run: (actor) =>
          hidePost(actor, { post: { kind: "question", id: question.id }, rule: "respectful", reason: null }),
      };
    },
  },
  "lib/moderation/service.ts#keepHidden": {
    action: "moderation.keepQuestion",
    prepare: async () => {
      const id = await hiddenByReports();
      return {
        actor: await moderator(),
        run: (actor) => keepHidden(actor, { post: { kind: "question", id }, rule: "respectful", reason: null }),
      };
    },
  },
  "lib/moderation/service.ts#restorePost": {
    action: "moderation.restoreQuestion",
    prepare: async () => {
      const id = await hiddenByReports();
      return {
        actor: await moderator(),
        run: (actor) => restorePost(actor, { post: { kind: "question", id }, reason: null }),
      };
    },
  },
  "lib/moderation/service.ts#decidePublicName": {
    action: "moderation.approvePublicName",
    prepare: async () => {
      const person = await createUser();
      await db.user.update({
        where: { id: person.id },
        data: { pendingDisplayName: `Requested ${person.id.slice(0, 8)}`, nameQueuedAt: new Date() },
      });
      return {
        actor: await moderator(),
        run: (actor) => decidePublicName(actor, { userId: person.id, decision: "approve", reason: null }),
      };
    },
  },
  "lib/moderation/service.ts#decideItem": {
    action: "moderation.approveQuestion",
    prepare: async () => {
      const id = await pendingQuestion();
      return {
        actor: await moderator(),
        run: (actor) => decideItem(actor, { item: { kind: "question", id }, decision: "approve", reason: null }),
      };
    },
  },
  "lib/moderation/service.ts#decideSelection": {
    action: "moderation.approveQuestion",
    prepare: async () => {
      const id = await pendingQuestion();
      return {
        actor: await moderator(),
        run: (actor) =>
          decideSelection(actor, { items: [{ kind: "question", id }], decision: "approve", reason: null }),
      };
    },
  },
  "lib/responses/service.ts#publishResponse": {
    action: "response.publish",
    prepare: async () => {
      const questionId = await assignedQuestion();
      return {
        actor: await memberOfA(),
        run: (actor) => publishResponse(actor, { questionId, organisationId: orgA, body: "We will look at this." }),
      };
    },
  },
  "lib/responses/service.ts#editResponse": {
    action: "response.edit",
    prepare: async () => {
      const questionId = await assignedQuestion();
      const response = await db.response.create({
        data: { questionId, organisationId: orgA, authorId: await author(), body: "We are looking at this." },
      });
      return {
        actor: await memberOfA(),
        run: (actor) => editResponse(actor, { responseId: response.id, body: "We will now look at this." }),
      };
    },
  },
  "lib/safeguarding/service.ts#markSafeguardingConcern": {
    action: "moderation.markSafeguarding",
    prepare: async () => {
      const question = await createQuestion(await author());
      return {
        actor: await moderator(),
        run: (actor) => markSafeguardingConcern(actor, { questionId: question.id, note: "It mentions being hurt." }),
      };
    },
  },
  "lib/safeguarding/service.ts#closeSafeguardingConcern": {
    action: "safeguarding.closeConcern",
    prepare: async () => {
      const questionId = await assignedQuestion();
      const raiser = await author();
      const concern = await db.safeguardingConcern.create({
        data: { questionId, subjectId: raiser, raisedById: raiser, note: "It mentions being hurt at home." },
      });
      return {
        actor: await admin(),
        run: (actor) => closeSafeguardingConcern(actor, { concernId: concern.id, closingNote: "Passed on." }),
      };
    },
  },
  "lib/suspensions/service.ts#suspendAccount": {
    action: "account.suspended",
    prepare: async () => {
      const userId = await author();
      return {
        actor: await moderator(),
        run: (actor) => suspendAccount(actor, { userId, reason: "Repeated insults.", until: null }),
      };
    },
  },
  "lib/suspensions/service.ts#liftSuspension": {
    action: "account.suspensionLifted",
    prepare: async () => {
      const userId = await author();
      const actor = await moderator();
      await suspendAccount(actor, { userId, reason: "Repeated insults.", until: null });
      return { actor, run: (actor) => liftSuspension(actor, { userId }) };
    },
  },
  "lib/suspensions/service.ts#setCoolDown": {
    action: "account.coolDownSet",
    prepare: async () => {
      const userId = await author();
      return {
        actor: await moderator(),
        run: (actor) => setCoolDown(actor, { userId, until: new Date(Date.now() + 7 * 86_400_000) }),
      };
    },
  },
  "lib/suspensions/service.ts#endCoolDown": {
    action: "account.coolDownEnded",
    prepare: async () => {
      const userId = await author();
      const actor = await moderator();
      await setCoolDown(actor, { userId, until: new Date(Date.now() + 7 * 86_400_000) });
      return { actor, run: (actor) => endCoolDown(actor, { userId }) };
    },
  },
  "lib/tags/service.ts#setQuestionTags": {
    action: "question.tag",
    prepare: async () => {
      const questionId = await assignedQuestion();
      return {
        actor: await memberOfA(),
        run: (actor) =>
          setQuestionTags(actor, { questionId, themes: [THEME], partnerTagIds: [], newPartnerTag: "Follow up" }),
      };
    },
  },
  "lib/organisations/service.ts#createOrganisation": step("organisation.created", admin, (actor) =>
    createOrganisationAsAdmin(actor, {
      name: `Coverage Council ${randomUUID()}`,
      slug: `coverage-${randomUUID()}`,
      kind: "council",
      description: "For the audit coverage test.",
    }),
  ),
  "lib/organisations/service.ts#updateOrganisation": step("organisation.updated", admin, async (actor) => {
    const organisation = await createOrganisation();
    return updateOrganisation(actor, {
      organisationId: organisation.id,
      name: `Renamed ${randomUUID()}`,
      slug: `renamed-${randomUUID()}`,
      kind: "industry",
      description: "Renamed for the audit coverage test.",
    });
  }),
  "lib/organisations/service.ts#deactivateOrganisation": step("organisation.deactivated", admin, async (actor) =>
    deactivateOrganisation(actor, { organisationId: (await createOrganisation()).id }),
  ),
  "lib/organisations/service.ts#reactivateOrganisation": step("organisation.reactivated", admin, async (actor) => {
    const organisation = await createOrganisation();
    await db.organisation.update({ where: { id: organisation.id }, data: { deactivatedAt: new Date() } });
    return reactivateOrganisation(actor, { organisationId: organisation.id });
  }),
  "lib/themes/service.ts#createTheme": step("theme.created", admin, (actor) =>
    createTheme(actor, { name: `Theme ${randomUUID()}`, slug: `theme-${randomUUID()}`, description: "New." }),
  ),
  "lib/themes/service.ts#updateTheme": step("theme.updated", admin, async (actor) => {
    const theme = await freshTheme();
    return updateTheme(actor, {
      themeId: theme.id,
      name: `Renamed ${randomUUID()}`,
      slug: `renamed-${randomUUID()}`,
      description: "Renamed.",
    });
  }),
  "lib/themes/service.ts#retireTheme": step("theme.retired", admin, async (actor) =>
    retireTheme(actor, { themeId: (await freshTheme()).id }),
  ),
  "lib/themes/service.ts#restoreTheme": step("theme.restored", admin, async (actor) => {
    const theme = await freshTheme();
    await db.theme.update({ where: { id: theme.id }, data: { archivedAt: new Date() } });
    return restoreTheme(actor, { themeId: theme.id });
  }),
  "lib/invitations/service.ts#inviteToOrganisation": step("invitation.sent", leadOfA, (actor) =>
    inviteToOrganisation(actor, { organisationId: orgA, email: `invitee-${randomUUID()}@example.com`, role: "member" }),
  ),
  "lib/invitations/service.ts#withdrawInvitation": step("invitation.withdrawn", admin, async (actor) =>
    withdrawInvitation(actor, { invitationId: (await waitingInvitation(`someone-${randomUUID()}@example.com`)).id }),
  ),
  "lib/invitations/service.ts#acceptInvitation": {
    action: "invitation.accepted",
    prepare: async () => {
      const invitee = await personWithRole("citizen");
      const token = randomUUID();
      await waitingInvitation(invitee.email, token);
      return { actor: invitee, run: (actor) => acceptInvitation(actor, { token }) };
    },
  },
  "lib/admin/people/service.ts#changeMembershipRole": step("membership.role_changed", admin, async (actor) => {
    const member = await createUser();
    await db.organisationMembership.create({ data: { userId: member.id, organisationId: orgA } });
    return changeMembershipRole(actor, { userId: member.id, organisationId: orgA, role: "lead" });
  }),
  // The flag threshold is unset here (its default is 3), so 4 is a change.
  "lib/settings/service.ts#updateSetting": step("setting.changed", admin, (actor) =>
    updateSetting(actor, { name: "flagThreshold", value: 4 }),
  ),
  "lib/settings/service.ts#addBankHoliday": step("bankHoliday.added", admin, (actor) =>
    addBankHoliday(actor, { date: new Date("2099-01-02T00:00:00Z"), name: "Audit coverage day" }),
  ),
  "lib/settings/service.ts#removeBankHoliday": step("bankHoliday.removed", admin, async (actor) => {
    const date = new Date("2099-01-03T00:00:00Z");
    await db.bankHoliday.create({ data: { date, name: "Audit coverage day off" } });
    return removeBankHoliday(actor, { date });
  }),
  "lib/participation/service.ts#replacePopulationFigures": step("population.replace", admin, (actor) =>
    replacePopulationFigures(actor, { file: "group,code,usual_residents\nage_band,age_65_plus,368600\n" }),
  ),
  "lib/merges/service.ts#mergeQuestion": {
    action: "question.merged",
    prepare: async () => {
      const duplicateId = await assignedQuestion();
      const keepId = (await createQuestion(await author())).id;
      return {
        actor: await memberOfA(),
        run: (actor) => mergeQuestion(actor, { duplicateId, keepId, note: "The same question in other words." }),
      };
    },
  },
  "lib/triage/service.ts#changeQuestionStatus": {
    action: "question.changeStatus",
    prepare: async () => {
      const questionId = await assignedQuestion();
      return {
        actor: await memberOfA(),
        run: (actor) => changeQuestionStatus(actor, { questionId, to: "declined", note: "Outside what we can do." }),
      };
    },
  },
  // Running an event's room: a moderator who facilitates the event acts on it.
  "lib/event-console/service.ts#approveRoomQuestion": step("event.approveQuestion", moderator, async (actor) => {
    const { event, question } = await roomOf(actor, "pending");
    await approveRoomQuestion(actor, {
      eventId: event.id,
      roomQuestionId: question.id,
      text: "Why do buses stop at six?",
    });
  }),
  "lib/event-console/service.ts#rejectRoomQuestion": step("event.rejectQuestion", moderator, async (actor) => {
    const { event, question } = await roomOf(actor, "pending");
    await rejectRoomQuestion(actor, { eventId: event.id, roomQuestionId: question.id });
  }),
  "lib/event-console/service.ts#mergeRoomQuestion": step("event.mergeQuestion", moderator, async (actor) => {
    const { event, question } = await roomOf(actor, "approved");
    const repeat = await addRoomQuestion(event.id, "Why do the buses stop so early?");
    await mergeRoomQuestion(actor, { eventId: event.id, duplicateId: repeat.id, keepId: question.id });
  }),
  "lib/event-console/service.ts#setNowAnswering": step("event.nowAnswering", moderator, async (actor) => {
    const { event, question } = await roomOf(actor, "approved");
    await setNowAnswering(actor, { eventId: event.id, roomQuestionId: question.id });
  }),
  "lib/event-console/service.ts#stepNowAnswering": step("event.nowAnswering", moderator, async (actor) => {
    const { event } = await roomOf(actor, "approved");
    await stepNowAnswering(actor, { eventId: event.id, direction: "next" });
  }),
  "lib/event-console/service.ts#markAnsweredInRoom": step("event.answeredInRoom", moderator, async (actor) => {
    const { event, question } = await roomOf(actor, "approved");
    await markAnsweredInRoom(actor, { eventId: event.id, roomQuestionId: question.id });
  }),
  "lib/event-console/service.ts#setRoomQuestionTheme": step("event.themeQuestion", moderator, async (actor) => {
    const { event, question } = await roomOf(actor, "approved");
    await setRoomQuestionTheme(actor, { eventId: event.id, roomQuestionId: question.id, themeSlug: THEME });
  }),
  "lib/event-console/service.ts#setAcceptingQuestions": step("event.closeQuestions", moderator, async (actor) => {
    const { event } = await roomOf(actor, "approved");
    await setAcceptingQuestions(actor, { eventId: event.id, accepting: false });
  }),
  "lib/event-console/service.ts#endEventNow": step("event.ended", moderator, async (actor) => {
    const { event } = await roomOf(actor, "approved");
    await endEventNow(actor, { eventId: event.id });
  }),
};

/** A waiting invitation to organisation A, sent by a fresh person, with the link's token given or made up. */
async function waitingInvitation(email: string, token = randomUUID()) {
  return db.organisationInvitation.create({
    data: {
      organisationId: orgA,
      email,
      tokenHash: hashToken(token),
      invitedById: await author(),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
}

/** An upcoming workshop's details, as the event form gives them. */
function eventDetails(organisationId: number) {
  const startsAt = new Date(Date.UTC(2031, 3, 2, 9));
  return {
    title: "Smart bins workshop",
    description: "Students ask about bins that say when they are full.",
    kind: "school_workshop" as const,
    place: "Basildon Academy",
    organisationId,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 7_200_000),
    facilitatorIds: [],
  };
}

function eventRow() {
  const { organisationId: _, facilitatorIds: __, ...row } = eventDetails(0);
  return { ...row, joinCode: newJoinCode() };
}

function freshTheme() {
  const id = randomUUID();
  return db.theme.create({ data: { slug: `t-${id}`, name: `Theme ${id}`, description: "For this test." } });
}

async function answerTemplate(): Promise<string> {
  const template = await db.answerTemplate.create({
    data: { organisationId: orgA, title: `Road works ${randomUUID()}`, body: "A plan.", createdById: await author() },
  });
  return template.id;
}

/** A running event the actor facilitates, open for questions, with one room question in the given state. */
async function roomOf(actor: Actor, moderation: "pending" | "approved") {
  const event = await createRoomEvent({ facilitatorIds: [actor.id] });
  const question = await addRoomQuestion(event.id, "Why do the buses stop at six?", { moderation });
  return { event, question };
}

const NOT_PRIVILEGED: Record<string, string> = {
  "lib/accounts/profile/service.ts#reservedNameMessage": "a message helper",
  "lib/accounts/profile/service.ts#updateProfile": "a person's own profile (age group changes are audited too)",
  "lib/accounts/service.ts#registerAccount": "signing up (a security matter, not a staff action)",
  "lib/accounts/service.ts#resendSignUpConfirmation": "signing up",
  "lib/accounts/service.ts#resendVerification": "a person's own email confirmation",
  "lib/accounts/service.ts#signInWithPassword": "signing in (a security event, not an audit entry)",
  "lib/accounts/service.ts#requestSignInLink": "signing in",
  "lib/accounts/service.ts#signInWithToken": "signing in",
  "lib/accounts/service.ts#requestPasswordReset": "a person's own password (a security event)",
  "lib/accounts/service.ts#resetPassword": "a person's own password (a security event)",
  "lib/accounts/service.ts#signOutEverywhere": "a person's own sessions (a security event)",
  "lib/accounts/your-data/service.ts#deleteAccount": "a person deleting their own account (audited too)",
  "lib/admin/people/service.ts#noOneMatches": "a message helper",
  "lib/admin/people/service.ts#findPersonIdByEmail": "a read: finds a person's id",
  "lib/audit/service.ts#recordAudit": "the audit writer itself",
  "lib/comments/service.ts#postComment": "a citizen's comment",
  "lib/comments/service.ts#editComment": "an author editing their own comment",
  "lib/comments/service.ts#deleteComment": "an author deleting their own comment",
  "lib/feedback/service.ts#feedbackRecipient": "a configuration helper",
  "lib/feedback/service.ts#feedbackLimits": "a rate-limit helper",
  "lib/feedback/service.ts#sendFeedback": "anyone's message through the contact page",
  "lib/room/service.ts#findEventToJoin": "a participant looking up a join code (counted against the code limit)",
  "lib/room/service.ts#joinEvent": "a participant joining an event: no account, nothing privileged",
  "lib/room/service.ts#askInRoom": "a participant's own question in the room",
  "lib/room/service.ts#supportInRoom": "a participant's own support in the room",
  "lib/room/service.ts#takeFollowUpCode": "a participant taking a follow-up code for their event",
  "lib/flags/service.ts#reportPost": "a citizen's report (the automatic hide at the threshold is audited, no actor)",
  "lib/follows/service.ts#followQuestion": "a citizen following a question",
  "lib/follows/service.ts#unfollowQuestion": "a citizen unfollowing a question",
  "lib/follows/service.ts#followAsAuthor": "a helper inside asking a question",
  "lib/moderation/appeals/service.ts#appealDecision": "an author's appeal (a citizen action, audited too)",
  "lib/notifications/email/service.ts#updateEmailSettings": "a person's own email settings",
  "lib/notifications/email/service.ts#unsubscribe": "a person's own unsubscribe link",
  "lib/notifications/service.ts#notify": "a helper inside other writes",
  "lib/notifications/service.ts#markNotificationRead": "a person's own notification",
  "lib/delivery-checks/service.ts#answerDeliveryCheck":
    "a supporter's own answer to whether a commitment was delivered",
  "lib/notifications/service.ts#markAllNotificationsRead": "a person's own notifications",
  "lib/questions/service.ts#askQuestion": "a citizen's question",
  "lib/questions/service.ts#editQuestion": "an author editing their own question",
  "lib/questions/service.ts#supportQuestion": "a citizen's support",
  "lib/questions/service.ts#withdrawSupport": "a citizen's support",
  "lib/responses/service.ts#checkMayRespond": "a read: whether a partner may answer",
  "lib/security-events/service.ts#recordSecurityEvent": "the security event writer (kept apart from the audit log)",
  "lib/suspensions/service.ts#findPersonIdByEmail": "a read: finds a person's id",
};

/** Every exported function of every lib/**\/service.ts, as "lib/<path>/service.ts#<name>". */
async function serviceFunctions(): Promise<string[]> {
  const files = (readdirSync(path.join(root, "lib"), { recursive: true, encoding: "utf8" }) as string[])
    .filter((file) => path.basename(file) === "service.ts" && !file.startsWith("generated"))
    .sort();
  const names: string[] = [];
  for (const file of files) {
    const exports = (await import(/* @vite-ignore */ path.join(root, "lib", file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      // Functions only: exported error classes (CommentingPaused, say) are not actions.
      const isClass = typeof value === "function" && /^class\b/.test(Function.prototype.toString.call(value));
      if (typeof value === "function" && !isClass) names.push(`lib/${file.split(path.sep).join("/")}#${name}`);
    }
  }
  return names.sort();
}

describe("audit coverage of the services", () => {
  it("knows every exported service function as privileged or not", async () => {
    const found = await serviceFunctions();
    const unlisted = found.filter((name) => !(name in PRIVILEGED) && !(name in NOT_PRIVILEGED));
    expect(
      unlisted,
      "add each to PRIVILEGED (with a scenario) or NOT_PRIVILEGED (with a reason) in tests/integration/audit-coverage.test.ts",
    ).toEqual([]);
    const gone = [...Object.keys(PRIVILEGED), ...Object.keys(NOT_PRIVILEGED)].filter((name) => !found.includes(name));
    expect(gone, "listed but no longer exported").toEqual([]);
    expect(Object.keys(PRIVILEGED).filter((name) => name in NOT_PRIVILEGED)).toEqual([]);
    // The counts, so that a list cannot shrink unnoticed: change them with the lists.
    expect(Object.keys(PRIVILEGED)).toHaveLength(66);
    expect(Object.keys(NOT_PRIVILEGED)).toHaveLength(44);
  });

  it.each(Object.entries(PRIVILEGED))("%s writes exactly one audit entry, with its request id", async (_, scenario) => {
    const { actor, run } = await scenario.prepare();
    const requestId = randomUUID();
    const last = await db.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    await runInRequestScope(requestId, () => run(actor));
    const written = await db.auditLog.findMany({
      where: { id: { gt: last?.id ?? 0n } },
      select: { actorId: true, action: true, targetType: true, targetId: true, requestId: true },
    });
    expect(written).toHaveLength(1);
    const [entry] = written;
    expect(entry).toMatchObject({ actorId: actor.id, action: scenario.action, requestId });
    expect(isAuditAction(entry!.action)).toBe(true);
    expect(entry!.targetType).not.toBe("");
    expect(entry!.targetId).not.toBe("");
  });
});
