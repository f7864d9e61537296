import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportPersonalData } from "@/lib/accounts/your-data/queries";
import { deleteAccount, REMOVED_TEXT } from "@/lib/accounts/your-data/service";
import { deleteAccountSchema } from "@/lib/accounts/your-data/schemas";
import { updateProfile } from "@/lib/accounts/profile/service";
import { getQuestionDetail } from "@/lib/questions/queries";
import { listQuestionComments } from "@/lib/comments/queries";
import { trendingWeight } from "@/lib/votes/trending";
import { Invalid } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";
import { createOrganisation, createQuestion, createUser, signedInActor } from "../support/fixtures";

/** A person with one of every kind of record the portal keeps about people. */
async function personWithEverything() {
  const person = await createUser({ displayName: "Steady Avocet 44" });
  const other = await createUser();
  const organisation = await createOrganisation();
  const own = await createQuestion(person.id, { title: "My own question about smart bins" });
  const theirs = await createQuestion(other.id, { title: "Someone else's question" });
  const votedAt = new Date();
  await db.vote.create({ data: { userId: person.id, questionId: theirs.id, createdAt: votedAt } });
  await db.question.update({
    where: { id: theirs.id },
    data: { supportCount: 1, trendingScore: trendingWeight(votedAt) },
  });
  const comment = await db.comment.create({
    data: { questionId: theirs.id, authorId: person.id, body: "I agree with this.", moderation: "approved" },
  });
  await db.follow.create({ data: { userId: person.id, questionId: theirs.id } });
  await db.notification.create({
    data: {
      userId: person.id,
      eventId: crypto.randomUUID(),
      kind: "question_approved",
      questionId: own.id,
      message: "Your question was published.",
    },
  });
  await db.flag.create({ data: { reporterId: person.id, questionId: theirs.id, category: "off_topic" } });
  await db.organisationMembership.create({ data: { userId: person.id, organisationId: organisation.id } });
  await db.capturedMail.create({ data: { toAddress: person.email!, subject: "Hello", text: "Hi" } });
  for (const to of [person.email!, other.email!])
    await enqueue(db, "send-mail", { to, subject: "Queued", text: "Not sent yet", html: "" });
  const actor = (await signedInActor(person.id, 0))!;
  return { person, actor, other, own, theirs, comment };
}

async function queuedMailCount(to: string): Promise<number> {
  const [row] = await db.$queryRaw<
    { n: number }[]
  >`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'send-mail' AND data->>'to' = ${to}`;
  return row!.n;
}

describe("download my data", () => {
  it("holds every kind of record the person has, and no secrets", async () => {
    const { person, actor, own, theirs, comment } = await personWithEverything();
    await db.user.update({ where: { id: person.id }, data: { passwordHash: "$argon2id$secret" } });
    const data = await exportPersonalData(actor);
    expect(data.profile).toMatchObject({ id: person.id, email: person.email, displayName: "Steady Avocet 44" });
    expect(data.questions.map((q) => q.id)).toEqual([own.id]);
    expect(data.comments.map((c) => c.id)).toEqual([comment.id]);
    expect(data.supports.map((s) => s.questionId)).toEqual([theirs.id]);
    expect(data.follows.map((f) => f.questionId)).toEqual([theirs.id]);
    expect(data.notifications).toHaveLength(1);
    // How they chose to be emailed, and whether the comment was changed or removed.
    expect(data.profile).toMatchObject({
      emailNotifications: false,
      emailOwnQuestions: "immediate",
      emailCommentReplies: "immediate",
      emailFollowedQuestions: "daily",
    });
    expect(data.comments[0]).toMatchObject({ editedAt: null, deletedAt: null });
    expect(data.dailySummaryEmailsSent).toEqual([]);
    expect(data.flagsMade).toHaveLength(1);
    expect(data.organisationMemberships).toHaveLength(1);
    const json = JSON.stringify(data);
    expect(json).not.toContain("argon2");
    expect(JSON.parse(json).questions[0].title).toBe("My own question about smart bins");
  });
});

describe("download my data against the privacy notice", () => {
  // L7: each kind of record app/privacy/page.tsx says we hold appears in the download, with the person's data.
  it("holds the suspension reason, staff records, audit entries about the person and the emails kept", async () => {
    const { person, actor, other, own, theirs } = await personWithEverything();
    const organisation = await createOrganisation();
    await db.internalNote.create({
      data: { questionId: theirs.id, organisationId: organisation.id, authorId: person.id, body: "Call the depot." },
    });
    const commitment = await db.commitment.create({
      data: {
        organisationId: organisation.id,
        title: "Fix the lights on the seafront",
        description: "By spring.",
        targetDate: new Date("2027-03-01"),
        createdById: person.id,
      },
    });
    await db.commitmentUpdate.create({
      data: { commitmentId: commitment.id, authorId: person.id, body: "Contractor booked." },
    });
    await db.auditLog.create({
      data: { actorId: person.id, action: "membership.added", targetType: "user", targetId: other.id },
    });
    await db.auditLog.create({
      data: {
        actorId: other.id,
        action: "user.role_changed",
        targetType: "user",
        targetId: person.id,
        before: { platformRole: "citizen" },
        after: { platformRole: "moderator" },
      },
    });
    await db.user.update({ where: { id: person.id }, data: { suspendedReason: "Repeated off-topic posts." } });

    const data = await exportPersonalData(actor);
    expect(data.profile.suspendedReason).toBe("Repeated off-topic posts.");
    expect(data.organisationMemberships).toHaveLength(1);
    expect(data.internalNotesWritten).toEqual([
      expect.objectContaining({ questionId: theirs.id, body: "Call the depot.", organisation: organisation.name }),
    ]);
    expect(data.commitmentUpdatesWritten).toEqual([expect.objectContaining({ body: "Contractor booked." })]);
    expect(data.commitmentsCreated).toEqual([
      expect.objectContaining({ id: commitment.id, organisation: organisation.name }),
    ]);
    expect(data.auditEntries.actionsYouTook).toEqual([
      expect.objectContaining({ action: "membership.added", targetId: other.id }),
    ]);
    expect(data.auditEntries.changesToYourAccount).toEqual([
      expect.objectContaining({ action: "user.role_changed", by: "staff", after: { platformRole: "moderator" } }),
    ]);
    // Which member of staff made the change is theirs, not the person's: it is not in the file.
    expect(JSON.stringify(data.auditEntries.changesToYourAccount)).not.toContain(other.id);
    expect(data.emailsKept).toEqual([expect.objectContaining({ subject: "Hello" })]);
    // Secrets stay out: the kept emails' text (sign-in links) and the one-time tokens.
    expect(JSON.stringify(data)).not.toContain('"text"');
    expect(data.questions.map((q) => q.id)).toEqual([own.id]);
  });
});

describe("delete my account", () => {
  it("blanks personal data, keeps references, removes supports and keeps counts equal to rows", async () => {
    const { person, actor, other, own, theirs, comment } = await personWithEverything();
    await deleteAccount(actor);

    const after = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(after).toMatchObject({
      email: null,
      passwordHash: null,
      displayName: "Former participant",
      status: "deleted",
      ageBand: null,
      districtId: null,
    });
    expect(await signedInActor(person.id, 0)).toBeNull();
    expect(await signedInActor(person.id, 1)).toBeNull();

    // Published content stays, attributed to "Former participant".
    expect((await getQuestionDetail(own.id, null))?.author).toEqual({ name: "Former participant", organisations: [] });
    expect((await listQuestionComments(theirs.id, null)).items.map((c) => [c.id, c.author?.name])).toEqual([
      [comment.id, "Former participant"],
    ]);

    // Supports, follows, notifications, memberships, captured and queued mail gone; counts exact.
    expect(await db.vote.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.follow.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.organisationMembership.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.capturedMail.count({ where: { toAddress: person.email! } })).toBe(0);
    expect(await queuedMailCount(person.email!)).toBe(0);
    expect(await queuedMailCount(other.email!)).toBe(1);
    const question = await db.question.findUniqueOrThrow({ where: { id: theirs.id } });
    expect(question.supportCount).toBe(await db.vote.count({ where: { questionId: theirs.id } }));
    expect(question.supportCount).toBe(0);
    // Scores are sums of large weights (e^(λt) grows with time), so compare in units of one support given now.
    expect(question.trendingScore / trendingWeight(new Date())).toBeCloseTo(0, 6);

    // The flag they made stays as a moderation record, pointing at the blanked row.
    expect(await db.flag.count({ where: { reporterId: person.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "account.deleted", targetId: person.id } })).toBe(1);
  });
});

describe("delete my account and the words I wrote", () => {
  it("keeps the words by default: only the name goes", async () => {
    const { actor, own, comment } = await personWithEverything();
    await deleteAccount(actor);
    expect((await db.question.findUniqueOrThrow({ where: { id: own.id } })).title).toBe(
      "My own question about smart bins",
    );
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).body).toBe("I agree with this.");
  });

  it("on request replaces every question's and comment's words, drops earlier versions, and keeps the structure", async () => {
    const { person, actor, other, own, theirs, comment } = await personWithEverything();
    await db.questionRevision.create({
      data: { questionId: own.id, editedById: person.id, title: "An earlier title", body: "Earlier words." },
    });
    // Someone else supports the person's question and replies to their comment: both stay.
    await db.vote.create({ data: { userId: other.id, questionId: own.id } });
    await db.question.update({ where: { id: own.id }, data: { supportCount: 1 } });
    const reply = await db.comment.create({
      data: {
        questionId: theirs.id,
        parentId: comment.id,
        authorId: other.id,
        body: "Me too.",
        moderation: "approved",
      },
    });
    await db.feedback.create({
      data: { topic: "other", message: "Thanks.", name: "Avocet", email: person.email, senderId: person.id },
    });

    await deleteAccount(actor, deleteAccountSchema.parse({ confirm: "on", removeText: "on" }));

    const question = await db.question.findUniqueOrThrow({ where: { id: own.id } });
    expect(question).toMatchObject({ title: REMOVED_TEXT, body: REMOVED_TEXT, supportCount: 1 });
    expect(await db.questionRevision.count({ where: { questionId: own.id } })).toBe(0);
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).body).toBe(REMOVED_TEXT);
    expect((await db.comment.findUniqueOrThrow({ where: { id: reply.id } })).body).toBe("Me too.");
    expect(await db.vote.count({ where: { questionId: own.id, userId: other.id } })).toBe(1);
    expect((await getQuestionDetail(own.id, null))?.title).toBe(REMOVED_TEXT);
    // Someone else's question, which the person only commented on, keeps its words.
    expect((await db.question.findUniqueOrThrow({ where: { id: theirs.id } })).title).toBe("Someone else's question");
    // A message they sent the operator stays, without their name or address.
    expect(await db.feedback.findFirstOrThrow({ where: { senderId: person.id } })).toMatchObject({
      message: "Thanks.",
      name: null,
      email: null,
    });
    expect(
      (await db.auditLog.findFirstOrThrow({ where: { action: "account.deleted", targetId: person.id } })).after,
    ).toEqual({ textRemoved: true });
  });

  it("reads the form: the removal box is optional, the confirmation is not", () => {
    expect(deleteAccountSchema.parse({ confirm: "on" })).toEqual({ confirm: "on", removeText: false });
    expect(deleteAccountSchema.safeParse({ removeText: "on" }).success).toBe(false);
  });
});

describe("profile", () => {
  // Changes of age group (direct, or a request a moderator decides): tests/integration/age-band-changes.test.ts.
  it("saves the person's own choices and refuses an unknown district without writing", async () => {
    const person = await createUser();
    const actor = (await signedInActor(person.id, 0))!;
    const district = await db.district.create({
      data: { slug: "test-district", name: "Test District", kind: "district" },
    });
    await updateProfile(actor, {
      displayName: "Bold Plover 12",
      district: "test-district",
      ageBand: "age_18_24",
      participantType: "student",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      displayName: "Bold Plover 12",
      districtId: district.id,
      ageBand: "age_18_24",
      participantType: "student",
    });

    await expect(
      updateProfile(actor, {
        displayName: "Changed",
        district: "atlantis",
        ageBand: null,
        participantType: null,
      }),
    ).rejects.toBeInstanceOf(Invalid);
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).displayName).toBe("Bold Plover 12");
  });
});
