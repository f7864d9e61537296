// Following a question and reading notifications in the portal, against the real database: follow is an
// idempotent state, the author follows on asking, the Following list pages by keyset, and a person marks their
// own notifications read (another person's is not found) with the stored unread count equal to the rows.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { Conflict, Forbidden, NotFound, Unauthenticated } from "@/lib/errors";
import { listFollowedQuestions } from "@/lib/follows/queries";
import { followQuestion, unfollowQuestion } from "@/lib/follows/service";
import { listNotifications } from "@/lib/notifications/queries";
import { markAllNotificationsRead, markNotificationRead, notify } from "@/lib/notifications/service";
import { askQuestion } from "@/lib/questions/service";
import { actorOf, createQuestion, createUser } from "../support/fixtures";

async function citizen(): Promise<Actor> {
  return actorOf((await createUser()).id);
}

describe("following a question", () => {
  it("is a state: following twice is one follow, unfollowing twice is none", async () => {
    const person = await citizen();
    const question = await createQuestion((await createUser()).id);
    const results = await Promise.all(Array.from({ length: 10 }, () => followQuestion(person, question.id)));
    expect(results.every((r) => r.following)).toBe(true);
    expect(await db.follow.count({ where: { userId: person.id } })).toBe(1);
    await unfollowQuestion(person, question.id);
    await unfollowQuestion(person, question.id);
    expect(await db.follow.count({ where: { userId: person.id } })).toBe(0);
  });

  it("refuses an unpublished or merged question, an unverified person and a visitor, changing nothing", async () => {
    const person = await citizen();
    const author = await createUser();
    const pending = await createQuestion(author.id, { moderation: "pending" });
    const kept = await createQuestion(author.id);
    const merged = await createQuestion(author.id);
    await db.question.update({ where: { id: merged.id }, data: { status: "merged", mergedIntoId: kept.id } });
    await expect(followQuestion(person, pending.id)).rejects.toBeInstanceOf(NotFound);
    await expect(followQuestion(person, randomUUID())).rejects.toBeInstanceOf(NotFound);
    await expect(followQuestion(person, merged.id)).rejects.toBeInstanceOf(Conflict);
    const unverified = await db.user.create({
      data: { email: `${randomUUID()}@example.com`, displayName: "Not Yet", ageBand: "age_25_44" },
    });
    const published = await createQuestion(author.id);
    await expect(followQuestion(await actorOf(unverified.id), published.id)).rejects.toBeInstanceOf(Forbidden);
    await expect(followQuestion(null, published.id)).rejects.toBeInstanceOf(Unauthenticated);
    expect(await db.follow.count({ where: { questionId: { in: [pending.id, merged.id, published.id] } } })).toBe(0);
  });

  it("is automatic for the author when they ask", async () => {
    const person = await citizen();
    await db.theme.create({ data: { slug: "follow-theme", name: "Follow theme", description: "For following." } });
    const { id } = await askQuestion(person, {
      title: "Could Harlow have a repair café at the library?",
      body: "Fixing things beats throwing them away.",
      themes: ["follow-theme"],
      district: null,
    });
    expect(await db.follow.findMany({ where: { questionId: id }, select: { userId: true } })).toEqual([
      { userId: person.id },
    ]);
  });

  it("lists the published questions a person follows, most recent first, in keyset pages that neither repeat nor skip", async () => {
    const person = await citizen();
    const author = await createUser();
    const ids: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const q = await createQuestion(author.id, { title: `Followed question ${i}` });
      // Two follows share a time, so the id decides between them.
      await db.follow.create({
        data: { userId: person.id, questionId: q.id, createdAt: new Date(Date.UTC(2026, 0, 1 + Math.min(i, 5))) },
      });
      ids.push(q.id);
    }
    const hidden = await createQuestion(author.id, { moderation: "hidden", moderationReason: "Off topic." });
    await db.follow.create({ data: { userId: person.id, questionId: hidden.id } });
    await db.follow.create({ data: { userId: (await createUser()).id, questionId: ids[0]! } });

    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await listFollowedQuestions(person.id, after, 3);
      seen.push(...page.items.map((q) => q.id));
      after = page.next ?? undefined;
      pages += 1;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(seen.slice(0, 2).sort()).toEqual([ids[5]!, ids[6]!].sort());
    expect(seen.at(-1)).toBe(ids[0]);
  });
});

describe("notifications in the portal", () => {
  async function tell(userId: string, questionId: string, message: string) {
    await db.$transaction((tx) =>
      notify(tx, {
        kind: "question_status_changed",
        questionId,
        actorId: null,
        message,
        recipients: [userId],
      }),
    );
  }

  it("lists a person's own notifications newest first, in keyset pages, with where each leads", async () => {
    const person = await citizen();
    const question = await createQuestion(person.id);
    for (let i = 0; i < 5; i += 1) await tell(person.id, question.id, `Message ${i}`);
    await tell((await createUser()).id, question.id, "Someone else's");
    const first = await listNotifications(person.id, undefined, 3);
    expect(first.items.map((n) => n.message)).toEqual(["Message 4", "Message 3", "Message 2"]);
    expect(first.items[0]).toMatchObject({ read: false, href: `/questions/${question.id}#timeline-heading` });
    const second = await listNotifications(person.id, first.next!, 3);
    expect(second.items.map((n) => n.message)).toEqual(["Message 1", "Message 0"]);
    expect(second.next).toBeNull();
  });

  it("marks one read (idempotently), and all read, with the stored unread count equal to the unread rows", async () => {
    const person = await citizen();
    const question = await createQuestion(person.id);
    for (let i = 0; i < 4; i += 1) await tell(person.id, question.id, `Message ${i}`);
    const unreadRows = () => db.notification.count({ where: { userId: person.id, readAt: null } });
    const stored = async () => (await db.user.findUniqueOrThrow({ where: { id: person.id } })).unreadNotifications;
    expect(await stored()).toBe(4);

    const [newest] = (await listNotifications(person.id)).items;
    expect(await markNotificationRead(person, newest!.id)).toEqual({
      href: `/questions/${question.id}#timeline-heading`,
    });
    await markNotificationRead(person, newest!.id);
    expect(await unreadRows()).toBe(3);
    expect(await stored()).toBe(3);
    // The actor loaded for the next request carries the stored count (the header shows it).
    expect((await actorOf(person.id)).unreadNotifications).toBe(3);

    expect(await markAllNotificationsRead(person)).toEqual({ marked: 3 });
    expect(await unreadRows()).toBe(0);
    expect(await stored()).toBe(0);
    expect((await listNotifications(person.id)).items.every((n) => n.read)).toBe(true);
  });

  it("finds another person's notification not found, and changes nothing of theirs", async () => {
    const owner = await citizen();
    const other = await citizen();
    const question = await createQuestion(owner.id);
    await tell(owner.id, question.id, "Yours only");
    const [theirs] = (await listNotifications(owner.id)).items;
    await expect(markNotificationRead(other, theirs!.id)).rejects.toBeInstanceOf(NotFound);
    await expect(markNotificationRead(other, randomUUID())).rejects.toBeInstanceOf(NotFound);
    await markAllNotificationsRead(other);
    await expect(markNotificationRead(null, theirs!.id)).rejects.toBeInstanceOf(Unauthenticated);
    expect(await db.notification.count({ where: { userId: owner.id, readAt: null } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).unreadNotifications).toBe(1);
  });
});
