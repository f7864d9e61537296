// The account page's two lists (lib/questions/account-lists.ts) against the real database: what is listed, in
// which order, and that keyset pages neither repeat nor skip.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { encodeNewestFirstCursor } from "@/lib/keyset";
import { listOwnQuestions, listSupportedQuestions, type AccountQuestionPage } from "@/lib/questions/account-lists";
import { createQuestion, createUser } from "../support/fixtures";

async function allPages(
  read: (after?: string) => Promise<AccountQuestionPage>,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const page = await read(after);
    ids.push(...page.items.map((q) => q.id));
    after = page.next ?? undefined;
    pages++;
  } while (after && pages < 50);
  return { ids, pages };
}

describe("listOwnQuestions", () => {
  it("lists the author's questions in every moderation state, newest first, with their moderation and status", async () => {
    const author = await createUser();
    const someoneElse = await createUser();
    await createQuestion(someoneElse.id, { title: "Not theirs" });
    const base = Date.UTC(2026, 5, 1);
    const made: { id: string; title: string }[] = [];
    const states = ["approved", "pending", "rejected", "hidden", "approved"] as const;
    for (const [i, moderation] of states.entries()) {
      const q = await createQuestion(author.id, {
        title: `Own question ${i}`,
        moderation,
        moderationReason: moderation === "rejected" || moderation === "hidden" ? "Names a person." : undefined,
        status: i === 4 ? "answered" : "open",
      });
      await db.question.update({ where: { id: q.id }, data: { createdAt: new Date(base + i * 60_000) } });
      made.push(q);
    }
    const page = await listOwnQuestions(author.id);
    expect(page.items.map((q) => q.title)).toEqual([4, 3, 2, 1, 0].map((i) => `Own question ${i}`));
    expect(page.items.map((q) => q.moderation)).toEqual(["approved", "hidden", "rejected", "pending", "approved"]);
    expect(page.items[0]?.status).toBe("answered");
    expect(page.next).toBeNull();
  });

  it("pages by keyset without repeating or skipping, with several questions asked in the same millisecond", async () => {
    const author = await createUser();
    const same = new Date(Date.UTC(2026, 6, 1, 12));
    const ids: string[] = [];
    for (let i = 0; i < 11; i++) {
      const q = await createQuestion(author.id, { title: `Paged ${i}` });
      // Four share one time, so the id must break the tie.
      await db.question.update({
        where: { id: q.id },
        data: { createdAt: i < 4 ? same : new Date(same.getTime() + i * 1000) },
      });
      ids.push(q.id);
    }
    const { ids: listed, pages } = await allPages((after) => listOwnQuestions(author.id, after, 3));
    expect(pages).toBe(4);
    expect(new Set(listed).size).toBe(11);
    expect([...listed].sort()).toEqual([...ids].sort());
    // A question asked after the first page was read still does not make the next page repeat one.
    const first = await listOwnQuestions(author.id, undefined, 3);
    await createQuestion(author.id, { title: "Asked meanwhile" });
    const second = await listOwnQuestions(author.id, first.next!, 3);
    expect(second.items.map((q) => q.id).filter((id) => first.items.some((q) => q.id === id))).toEqual([]);
  });

  it("ignores a malformed cursor and shows the first page", async () => {
    const author = await createUser();
    for (let i = 0; i < 3; i++) await createQuestion(author.id);
    const first = await listOwnQuestions(author.id, undefined, 2);
    for (const after of [
      "not-base64-json",
      Buffer.from(JSON.stringify({ at: "yesterday", id: randomUUID() })).toString("base64url"),
      Buffer.from(JSON.stringify({ at: new Date().toISOString(), id: "'; DROP TABLE question; --" })).toString(
        "base64url",
      ),
    ]) {
      expect((await listOwnQuestions(author.id, after, 2)).items.map((q) => q.id)).toEqual(
        first.items.map((q) => q.id),
      );
    }
  });
});

describe("listSupportedQuestions", () => {
  it("lists published questions the person supports, most recently supported first, and not removed ones", async () => {
    const supporter = await createUser();
    const author = await createUser();
    const base = Date.UTC(2026, 7, 1);
    const titles = ["First supported", "Second supported", "Later removed", "Third supported"];
    for (const [i, title] of titles.entries()) {
      const q = await createQuestion(author.id, { title });
      await db.vote.create({
        data: { userId: supporter.id, questionId: q.id, createdAt: new Date(base + i * 60_000) },
      });
      if (title === "Later removed")
        await db.question.update({ where: { id: q.id }, data: { moderation: "hidden", moderationReason: "Abuse." } });
    }
    // Someone else's support is not theirs.
    const other = await createQuestion(author.id, { title: "Supported by another" });
    await db.vote.create({ data: { userId: author.id, questionId: other.id } });

    const page = await listSupportedQuestions(supporter.id);
    expect(page.items.map((q) => q.title)).toEqual(["Third supported", "Second supported", "First supported"]);
    expect(page.items[0]?.at.getTime()).toBe(base + 3 * 60_000);
    expect(page.next).toBeNull();
  });

  it("pages by keyset without repeating or skipping, ties on the time broken by the question id", async () => {
    const supporter = await createUser();
    const author = await createUser();
    const same = new Date(Date.UTC(2026, 8, 1));
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const q = await createQuestion(author.id);
      await db.vote.create({
        data: { userId: supporter.id, questionId: q.id, createdAt: i % 2 ? same : new Date(same.getTime() - i) },
      });
      ids.push(q.id);
    }
    const { ids: listed, pages } = await allPages((after) => listSupportedQuestions(supporter.id, after, 3));
    expect(pages).toBe(3);
    expect([...listed].sort()).toEqual([...ids].sort());
  });

  it("a cursor past the last support gives an empty last page", async () => {
    const supporter = await createUser();
    const after = encodeNewestFirstCursor({ at: new Date(0).toISOString(), id: randomUUID() });
    expect(await listSupportedQuestions(supporter.id, after)).toEqual({ items: [], next: null });
  });
});
