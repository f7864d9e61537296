// Comments through the services and read models, against this file's own database: screening (held comments
// seen only by their author), one level of replies and the notification a reply sends, the 15-minute edit window
// on the server's clock, deleting with replies kept, the rate limit, keyset pages, and the stored count under
// concurrent adds and deletes.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Conflict, NotFound, RateLimited } from "@/lib/errors";
import type { ModerationState } from "@/lib/generated/prisma/enums";
import {
  commentLocation,
  COMMENTS_PAGE_SIZE,
  getComment,
  listQuestionComments,
  listReplies,
  REPLIES_PAGE_SIZE,
  REPLY_PREVIEW_SIZE,
} from "@/lib/comments/queries";
import { commentSchema, decodeCommentCursor } from "@/lib/comments/schemas";
import { deleteComment, editComment, postComment, type PostedComment } from "@/lib/comments/service";
import { COMMENT_EDIT_CLOSED } from "@/lib/comments/policy";
import { createOrganisation, createQuestion, createUser, signedInActor } from "../support/fixtures";

async function actorFor(userId: string) {
  const actor = await signedInActor(userId, 0);
  if (!actor) throw new Error(`no actor for ${userId}`);
  return actor;
}

/** An adult who already has a published question, so their comments are published at once. */
async function trustedPerson(displayName?: string) {
  const user = await createUser({ displayName });
  await createQuestion(user.id, { title: "An earlier question that a moderator approved" });
  return actorFor(user.id);
}

async function publishedQuestion() {
  const author = await createUser();
  return createQuestion(author.id, { title: "Could Colchester bus stops show live times?" });
}

async function storedCount(questionId: string): Promise<number> {
  return (await db.question.findUniqueOrThrow({ where: { id: questionId } })).commentCount;
}

/** What anyone may read: approved and not deleted. */
async function readableRows(questionId: string): Promise<number> {
  return db.comment.count({ where: { questionId, moderation: "approved", deletedAt: null } });
}

function insertComment(
  questionId: string,
  authorId: string,
  overrides: { parentId?: string; moderation?: ModerationState; createdAt?: Date; body?: string } = {},
) {
  return db.comment.create({
    data: {
      questionId,
      authorId,
      parentId: overrides.parentId ?? null,
      body: overrides.body ?? "A comment written for the test.",
      moderation: overrides.moderation ?? "approved",
      createdAt: overrides.createdAt,
    },
  });
}

describe("posting a comment", () => {
  it("publishes a trusted adult's comment at once, counted and shown to everyone", async () => {
    const question = await publishedQuestion();
    const actor = await trustedPerson("Calm Heron 7");
    const posted = await postComment(actor, {
      questionId: question.id,
      parentId: null,
      body: "The stop by the hospital needs one most.",
    });
    expect(posted.moderation).toBe("approved");
    expect(await storedCount(question.id)).toBe(1);
    const page = await listQuestionComments(question.id, null);
    expect(page.items).toMatchObject([
      {
        id: posted.id,
        body: "The stop by the hospital needs one most.",
        author: { name: "Calm Heron 7", organisations: [] },
        held: false,
        edited: false,
        removed: false,
      },
    ]);
  });

  it("holds a first post, and every post by someone under 18; only the author sees it, marked held", async () => {
    const question = await publishedQuestion();
    const newcomer = await actorFor((await createUser()).id);
    const student = await createUser({ ageBand: "under_16" });
    await createQuestion(student.id, { title: "A question of the student's that was approved" });
    const studentActor = await actorFor(student.id);

    const first = await postComment(newcomer, { questionId: question.id, parentId: null, body: "My first words." });
    const young = await postComment(studentActor, { questionId: question.id, parentId: null, body: "I agree." });
    expect([first.moderation, young.moderation]).toEqual(["pending", "pending"]);
    expect(await storedCount(question.id)).toBe(0);

    expect((await listQuestionComments(question.id, null)).items).toEqual([]);
    const someoneElse = await trustedPerson();
    expect((await listQuestionComments(question.id, someoneElse)).items).toEqual([]);
    expect(await getComment(question.id, young.id, someoneElse)).toBeNull();
    expect((await listQuestionComments(question.id, studentActor)).items).toMatchObject([
      { id: young.id, held: true, body: "I agree." },
    ]);
  });

  it("refuses a question that is not published, and a comment the screen of its form refuses", async () => {
    const author = await createUser();
    const held = await createQuestion(author.id, { moderation: "pending" });
    const actor = await trustedPerson();
    await expect(postComment(actor, { questionId: held.id, parentId: null, body: "Hello" })).rejects.toBeInstanceOf(
      NotFound,
    );
    expect(await db.comment.count({ where: { questionId: held.id } })).toBe(0);
    expect(commentSchema.safeParse({ questionId: held.id, body: "   " }).success).toBe(false);
    expect(commentSchema.safeParse({ questionId: held.id, body: "x".repeat(2001) }).success).toBe(false);
    expect(commentSchema.safeParse({ questionId: held.id, body: "x".repeat(2000) }).success).toBe(true);
  });
});

describe("replies", () => {
  it("puts a reply to a reply under the top-level comment, and tells the parent's author once, never the replier", async () => {
    const question = await publishedQuestion();
    const parentAuthor = await trustedPerson();
    const replier = await trustedPerson("Bright Wren 12");
    const third = await trustedPerson();
    const parent = await postComment(parentAuthor, { questionId: question.id, parentId: null, body: "Top level." });
    const reply = await postComment(replier, { questionId: question.id, parentId: parent.id, body: "A reply." });
    // Replying to the reply: it joins the same conversation, one level deep.
    const second = await postComment(third, { questionId: question.id, parentId: reply.id, body: "Another." });
    expect(reply.parentId).toBe(parent.id);
    expect(second.parentId).toBe(parent.id);

    const told = await db.notification.findMany({ where: { questionId: question.id }, orderBy: { createdAt: "asc" } });
    expect(told.map((n) => [n.userId, n.kind, n.commentId, n.actorId])).toEqual([
      [parentAuthor.id, "comment_reply", reply.id, replier.id],
      [parentAuthor.id, "comment_reply", second.id, third.id],
    ]);
    expect(told[0]?.message).toBe(`Bright Wren 12 replied to your comment on “${question.title}”.`);
    // The replier to the reply is not told about a reply to the comment they replied to: only its author is.
    expect(told.some((n) => n.userId === replier.id || n.userId === third.id)).toBe(false);
  });

  it("tells nobody of a reply to your own comment, or of a held reply", async () => {
    const question = await publishedQuestion();
    const author = await trustedPerson();
    const parent = await postComment(author, { questionId: question.id, parentId: null, body: "Top level." });
    await postComment(author, { questionId: question.id, parentId: parent.id, body: "Adding to my own." });
    const newcomer = await actorFor((await createUser()).id);
    const held = await postComment(newcomer, { questionId: question.id, parentId: parent.id, body: "New here." });
    expect(held.moderation).toBe("pending");
    expect(await db.notification.count({ where: { questionId: question.id } })).toBe(0);
  });

  it("refuses a reply to a comment that is held, removed or on another question", async () => {
    const question = await publishedQuestion();
    const other = await publishedQuestion();
    const author = await trustedPerson();
    const actor = await trustedPerson();
    const held = await insertComment(question.id, author.id, { moderation: "pending" });
    const removed = await insertComment(question.id, author.id);
    await deleteComment(author, { commentId: removed.id });
    const elsewhere = await insertComment(other.id, author.id);
    for (const parentId of [held.id, removed.id, elsewhere.id]) {
      await expect(postComment(actor, { questionId: question.id, parentId, body: "Hello" })).rejects.toBeInstanceOf(
        NotFound,
      );
    }
    expect(await db.comment.count({ where: { authorId: actor.id } })).toBe(0);
  });

  it("shows a partner's organisation beside their name", async () => {
    const question = await publishedQuestion();
    const organisation = await createOrganisation();
    const officer = await createUser({ displayName: "Sam Officer" });
    await db.organisationMembership.create({ data: { userId: officer.id, organisationId: organisation.id } });
    await createQuestion(officer.id);
    const posted = await postComment(await actorFor(officer.id), {
      questionId: question.id,
      parentId: null,
      body: "We are looking at this.",
    });
    const shown = (await listQuestionComments(question.id, null)).items.find((c) => c.id === posted.id);
    expect(shown?.author).toEqual({ name: "Sam Officer", organisations: [organisation.name] });
  });
});

describe("editing", () => {
  it("is allowed for 15 minutes after posting, on the server's clock, and shows as edited", async () => {
    const question = await publishedQuestion();
    const actor = await trustedPerson();
    const posted = await postComment(actor, { questionId: question.id, parentId: null, body: "Frist thoughts." });
    await editComment(actor, { commentId: posted.id, body: "First thoughts." });
    const comment = (await listQuestionComments(question.id, null)).items[0];
    expect(comment).toMatchObject({ body: "First thoughts.", edited: true });
    // The owner still within the window sees the change link; nobody else does.
    expect((await getComment(question.id, posted.id, actor))?.comment.viewer.mayEdit).toBe(true);
    expect(comment?.viewer.mayEdit).toBe(false);

    // Posted 15 minutes ago (and a moment): the server refuses, whatever a page showed.
    await db.comment.update({
      where: { id: posted.id },
      data: { createdAt: new Date(Date.now() - 15 * 60 * 1000 - 1000) },
    });
    const refused = await editComment(actor, { commentId: posted.id, body: "Too late now." }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Conflict);
    expect((refused as Conflict).message).toBe(COMMENT_EDIT_CLOSED);
    expect((await db.comment.findUniqueOrThrow({ where: { id: posted.id } })).body).toBe("First thoughts.");
    expect((await getComment(question.id, posted.id, actor))?.comment.viewer.mayEdit).toBe(false);
  });

  it("screens the new words again: without another approved post the comment goes back to a moderator", async () => {
    const question = await publishedQuestion();
    const person = await createUser();
    const actor = await actorFor(person.id);
    // Their one approved post is this comment itself, which cannot vouch for its own new words.
    const comment = await insertComment(question.id, person.id);
    expect(await storedCount(question.id)).toBe(1);
    const edited = await editComment(actor, { commentId: comment.id, body: "Something else entirely." });
    expect(edited.moderation).toBe("pending");
    expect(await storedCount(question.id)).toBe(0);
    expect((await listQuestionComments(question.id, null)).items).toEqual([]);
    expect((await listQuestionComments(question.id, actor)).items).toMatchObject([{ id: comment.id, held: true }]);
  });

  it("keeps a trusted adult's edited comment published", async () => {
    const question = await publishedQuestion();
    const actor = await trustedPerson();
    const posted = await postComment(actor, { questionId: question.id, parentId: null, body: "Before." });
    expect((await editComment(actor, { commentId: posted.id, body: "After." })).moderation).toBe("approved");
    expect(await storedCount(question.id)).toBe(1);
  });

  it("finds nothing of another person's comment, and changes nothing", async () => {
    const question = await publishedQuestion();
    const author = await trustedPerson();
    const other = await trustedPerson();
    const posted = await postComment(author, { questionId: question.id, parentId: null, body: "Mine." });
    await expect(editComment(other, { commentId: posted.id, body: "Not yours." })).rejects.toBeInstanceOf(NotFound);
    await expect(deleteComment(other, { commentId: posted.id })).rejects.toBeInstanceOf(NotFound);
    expect(await db.comment.findUniqueOrThrow({ where: { id: posted.id } })).toMatchObject({
      body: "Mine.",
      deletedAt: null,
      editedAt: null,
    });
  });
});

describe("deleting", () => {
  it("blanks the words, keeps the replies, and shows the comment as removed", async () => {
    const question = await publishedQuestion();
    const author = await trustedPerson();
    const replier = await trustedPerson();
    const parent = await postComment(author, { questionId: question.id, parentId: null, body: "To be removed." });
    const reply = await postComment(replier, { questionId: question.id, parentId: parent.id, body: "A reply." });
    expect(await storedCount(question.id)).toBe(2);

    await deleteComment(author, { commentId: parent.id });
    const row = await db.comment.findUniqueOrThrow({ where: { id: parent.id } });
    expect(row.body).toBe("");
    expect(row.deletedAt).not.toBeNull();
    expect(await storedCount(question.id)).toBe(1);
    const [shown] = (await listQuestionComments(question.id, null)).items;
    expect(shown).toMatchObject({ id: parent.id, removed: true, body: "", author: null });
    expect(shown?.replies.map((r) => [r.id, r.body])).toEqual([[reply.id, "A reply."]]);
    expect(shown?.viewer.takesReplies).toBe(false);

    // Once only: a deleted comment is no longer among theirs to delete or change.
    await expect(deleteComment(author, { commentId: parent.id })).rejects.toBeInstanceOf(NotFound);
    await expect(editComment(author, { commentId: parent.id, body: "Back again." })).rejects.toBeInstanceOf(NotFound);
  });
});

describe("the rate limit", () => {
  it("lets a person write 10 comments or changes in 10 minutes, then says clearly when they can go on", async () => {
    const question = await publishedQuestion();
    const actor = await trustedPerson();
    const first = await postComment(actor, { questionId: question.id, parentId: null, body: "Comment 1" });
    for (let n = 2; n <= 9; n += 1) {
      await postComment(actor, { questionId: question.id, parentId: null, body: `Comment ${n}` });
    }
    await editComment(actor, { commentId: first.id, body: "Comment 1, changed" });
    const refused = await postComment(actor, { questionId: question.id, parentId: null, body: "One too many" }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(RateLimited);
    expect((refused as RateLimited).message).toMatch(
      /^You have written 10 comments or changes in the last 10 minutes, which is the most we allow\. You can comment again in \d+ minutes?\.$/,
    );
    await expect(editComment(actor, { commentId: first.id, body: "Again" })).rejects.toBeInstanceOf(RateLimited);
    expect(await db.comment.count({ where: { authorId: actor.id } })).toBe(9);
    // Deleting is never held back.
    await deleteComment(actor, { commentId: first.id });
  });
});

describe("keyset pages", () => {
  it("pages through top-level comments oldest first without duplicates or gaps, ties broken by id", async () => {
    const question = await publishedQuestion();
    const author = await createUser();
    const base = Date.now() - 60 * 60 * 1000;
    const total = COMMENTS_PAGE_SIZE * 2 + 5;
    const created = [];
    // Pairs share a created time, so the id must order them.
    for (let n = 0; n < total; n += 1) {
      created.push(
        await insertComment(question.id, author.id, { createdAt: new Date(base + Math.floor(n / 2) * 1000) }),
      );
    }
    // A held comment by someone else and a reply never appear among anyone else's top-level comments.
    await insertComment(question.id, author.id, { moderation: "pending" });
    await insertComment(question.id, author.id, { parentId: created[0]!.id });

    const expected = [...created]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
      .map((c) => c.id);
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await listQuestionComments(question.id, null, cursor);
      seen.push(...page.items.map((c) => c.id));
      sizes.push(page.items.length);
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([COMMENTS_PAGE_SIZE, COMMENTS_PAGE_SIZE, 5]);
    expect(seen).toEqual(expected);

    // The last comment's place is the page that ends with it; the first's is the first page.
    const last = expected.at(-1)!;
    const location = await commentLocation(last, null);
    expect(location).toMatch(new RegExp(`^/questions/${question.id}\\?comments=[^#]+#comment-${last}$`));
    const cursorInLink = decodeURIComponent(new URL(location!, "http://x").searchParams.get("comments")!);
    expect(decodeCommentCursor(cursorInLink)).not.toBeNull();
    const lastPage = await listQuestionComments(question.id, null, cursorInLink);
    expect(lastPage.items.map((c) => c.id)).toEqual(expected.slice(-COMMENTS_PAGE_SIZE));
    expect(await commentLocation(expected[0]!, null)).toBe(`/questions/${question.id}#comment-${expected[0]}`);
  });

  it("shows the first replies under each comment and pages the rest on the comment's own page", async () => {
    const question = await publishedQuestion();
    const author = await createUser();
    const parent = await insertComment(question.id, author.id);
    const lonely = await insertComment(question.id, author.id);
    const base = Date.now() - 60 * 60 * 1000;
    const replies = [];
    for (let n = 0; n < REPLIES_PAGE_SIZE + 3; n += 1) {
      replies.push(
        await insertComment(question.id, author.id, { parentId: parent.id, createdAt: new Date(base + n * 1000) }),
      );
    }
    const page = await listQuestionComments(question.id, null);
    const shownParent = page.items.find((c) => c.id === parent.id);
    expect(shownParent?.replies.map((r) => r.id)).toEqual(replies.slice(0, REPLY_PREVIEW_SIZE).map((r) => r.id));
    expect(shownParent?.moreReplies).toBe(true);
    expect(page.items.find((c) => c.id === lonely.id)).toMatchObject({ replies: [], moreReplies: false });

    const first = await listReplies(parent.id, null);
    expect(first.items).toHaveLength(REPLIES_PAGE_SIZE);
    const second = await listReplies(parent.id, null, first.next!);
    expect(second.next).toBeNull();
    expect([...first.items, ...second.items].map((r) => r.id)).toEqual(replies.map((r) => r.id));

    const lastReply = replies.at(-1)!;
    expect(await commentLocation(lastReply.id, null)).toMatch(
      new RegExp(`^/questions/${question.id}/comments/${parent.id}\\?after=[^#]+#comment-${lastReply.id}$`),
    );
  });
});

describe("the stored comment count", () => {
  it("equals the readable rows after 20 concurrent adds and 20 concurrent deletes", async () => {
    const question = await publishedQuestion();
    const writers = await Promise.all(Array.from({ length: 20 }, () => trustedPerson()));
    const deleters = await Promise.all(Array.from({ length: 20 }, () => trustedPerson()));
    const existing: PostedComment[] = [];
    for (const deleter of deleters) {
      existing.push(
        await postComment(deleter, { questionId: question.id, parentId: null, body: "Soon to be deleted." }),
      );
    }
    expect(await storedCount(question.id)).toBe(20);

    const results = await Promise.allSettled([
      ...writers.map((writer, n) =>
        postComment(writer, { questionId: question.id, parentId: null, body: `Concurrent comment ${n}` }),
      ),
      ...deleters.map((deleter, n) => deleteComment(deleter, { commentId: existing[n]!.id })),
    ]);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await readableRows(question.id)).toBe(20);
    expect(await storedCount(question.id)).toBe(20);
  });
});
