// Official responses against the real database: several organisations each answering one question, a question
// nobody held left with the organisation that answered, edits that keep every earlier text, who may publish and
// edit for which organisation (refusals change nothing), and the text rendered as sanitised Markdown.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OfficialResponse } from "@/components/questions/official-response";
import { ResponseList } from "@/components/partner/response-list";
import { db } from "@/lib/db";
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from "@/lib/errors";
import { getQuestionDetail } from "@/lib/questions/queries";
import { getResponseComposer, listTriageResponses } from "@/lib/responses/queries";
import { checkMayRespond, editResponse, publishResponse } from "@/lib/responses/service";
import { RESPONSE_TARGET_KEY } from "@/lib/settings/queries";
import { DEFAULT_RESPONSE_WORKING_DAYS, isoDate } from "@/lib/triage/working-days";
import { responseDueDate } from "@/lib/assignments/due-date";
import {
  actorOf,
  createOrganisation,
  createQuestion,
  createUser,
  partnerOf,
  personWithRole,
} from "../support/fixtures";
import { tableDigest } from "../support/table-digest";

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

/** A fingerprint of every table publishing or editing writes, to prove a refusal changed nothing. */
const snapshot = () =>
  tableDigest(client, [
    "question",
    "response",
    "response_revision",
    "assignment",
    "assignment_event",
    "status_change",
    "notification",
    "audit_log",
  ]);

describe("publishing", () => {
  it("lets two organisations each respond: one answered move, both responses public with their organisation", async () => {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const author = await createUser();
    const question = await createQuestion(author.id, { title: "Could Harlow get more electric vehicle chargers?" });
    const [partnerA, partnerB] = [await partnerOf(orgA.id), await partnerOf(orgB.id)];

    const first = await publishResponse(partnerA, {
      questionId: question.id,
      organisationId: orgA.id,
      body: "The council is planning forty more chargers.",
    });
    const second = await publishResponse(partnerB, {
      questionId: question.id,
      organisationId: orgB.id,
      body: "The university is studying where they are most used.",
    });
    expect([first.status, second.status]).toEqual(["answered", "answered"]);
    expect(await db.statusChange.count({ where: { questionId: question.id, toStatus: "answered" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "response.publish", targetId: question.id } })).toBe(2);
    // The author is told of each answer.
    expect(await db.notification.count({ where: { questionId: question.id, userId: author.id } })).toBe(2);

    const detail = await getQuestionDetail(question.id, null);
    expect(detail?.responses.map((r) => [r.organisation, r.body, r.lastEditedAt])).toEqual([
      [orgA.name, "The council is planning forty more chargers.", null],
      [orgB.name, "The university is studying where they are most used.", null],
    ]);
  });

  it("leaves a question nobody held with the organisation that answered, due by the response target", async () => {
    const org = await createOrganisation();
    const question = await createQuestion((await createUser()).id);
    await db.setting.upsert({
      where: { key: RESPONSE_TARGET_KEY },
      create: { key: RESPONSE_TARGET_KEY, value: 5 },
      update: { value: 5 },
    });
    const partner = await partnerOf(org.id);
    try {
      await publishResponse(partner, { questionId: question.id, organisationId: org.id, body: "We will fix it." });
    } finally {
      await db.setting.delete({ where: { key: RESPONSE_TARGET_KEY } });
    }
    const assignment = await db.assignment.findUniqueOrThrow({ where: { questionId: question.id } });
    expect(assignment).toMatchObject({ organisationId: org.id, claimedById: partner.id });
    const holidays = new Set((await db.bankHoliday.findMany()).map((h) => isoDate(h.date)));
    expect(isoDate(assignment.dueOn)).toBe(isoDate(responseDueDate(assignment.claimedAt!, 5, holidays)));
    expect(await db.assignmentEvent.findMany({ where: { questionId: question.id } })).toEqual([
      expect.objectContaining({ kind: "claimed", toOrganisationId: org.id, memberId: partner.id, actorId: partner.id }),
    ]);
  });

  it("uses the default response target without the setting, and leaves a held question with its holder", async () => {
    const [holder, other] = [await createOrganisation(), await createOrganisation()];
    const pooled = await createQuestion((await createUser()).id);
    const partner = await partnerOf(other.id);
    await publishResponse(partner, { questionId: pooled.id, organisationId: other.id, body: "Answered." });
    const made = await db.assignment.findUniqueOrThrow({ where: { questionId: pooled.id } });
    const holidays = new Set((await db.bankHoliday.findMany()).map((h) => isoDate(h.date)));
    expect(isoDate(made.dueOn)).toBe(
      isoDate(responseDueDate(made.claimedAt!, DEFAULT_RESPONSE_WORKING_DAYS, holidays)),
    );

    const held = await createQuestion((await createUser()).id, { status: "under_review" });
    await db.assignment.create({
      data: { questionId: held.id, organisationId: holder.id, dueOn: new Date("2027-01-15") },
    });
    await publishResponse(partner, { questionId: held.id, organisationId: other.id, body: "Our view too." });
    expect(await db.assignment.findUniqueOrThrow({ where: { questionId: held.id } })).toMatchObject({
      organisationId: holder.id,
      claimedById: null,
    });
    expect(await db.assignmentEvent.count({ where: { questionId: held.id } })).toBe(0);
  });

  it("lets an admin answer for any organisation, and people in several organisations choose", async () => {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const question = await createQuestion((await createUser()).id);
    const admin = await personWithRole("admin");
    await publishResponse(admin, { questionId: question.id, organisationId: orgB.id, body: "For B, by an admin." });
    const both = await createUser();
    await db.organisationMembership.createMany({
      data: [
        { userId: both.id, organisationId: orgA.id },
        { userId: both.id, organisationId: orgB.id },
      ],
    });
    const twoHats = await actorOf(both.id);
    await publishResponse(twoHats, { questionId: question.id, organisationId: orgA.id, body: "For A." });
    expect(
      (await db.response.findMany({ where: { questionId: question.id }, select: { organisationId: true } }))
        .map((r) => r.organisationId)
        .sort(),
    ).toEqual([orgA.id, orgB.id].sort());

    // The composer offers the organisation holding the question first (B, since the admin's answer left B holding it).
    const composer = await getResponseComposer(question.id, twoHats);
    expect(composer?.organisations.map((o) => o.id)).toEqual([orgB.id, orgA.id]);
    expect(await getResponseComposer(question.id, await personWithRole("citizen"))).toBeNull();
  });

  it("refuses a partner answering for another organisation, citizens, moderators and visitors, changing nothing", async () => {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const author = await createUser();
    const question = await createQuestion(author.id);
    await db.assignment.create({ data: { questionId: question.id, organisationId: orgA.id, dueOn: new Date() } });
    const partnerB = await partnerOf(orgB.id);
    const input = { questionId: question.id, organisationId: orgA.id, body: "Speaking for A." };
    const before = await snapshot();
    await expect(publishResponse(partnerB, input)).rejects.toBeInstanceOf(Forbidden);
    await expect(checkMayRespond(partnerB, input)).rejects.toBeInstanceOf(Forbidden);
    await expect(publishResponse(await actorOf(author.id), input)).rejects.toBeInstanceOf(Forbidden);
    await expect(publishResponse(await personWithRole("citizen"), input)).rejects.toBeInstanceOf(Forbidden);
    await expect(publishResponse(await personWithRole("moderator"), input)).rejects.toBeInstanceOf(Forbidden);
    await expect(publishResponse(null, input)).rejects.toBeInstanceOf(Unauthenticated);
    expect(await snapshot()).toBe(before);
    // Answering for their own organisation on a question A holds is allowed: several organisations may respond.
    await expect(checkMayRespond(partnerB, { ...input, organisationId: orgB.id })).resolves.toBeUndefined();
  });

  it("refuses a merged question, and the composer does not offer one", async () => {
    const org = await createOrganisation();
    const target = await createQuestion((await createUser()).id);
    const merged = await createQuestion((await createUser()).id);
    await db.question.update({ where: { id: merged.id }, data: { status: "merged", mergedIntoId: target.id } });
    const partner = await partnerOf(org.id);
    const before = await snapshot();
    await expect(
      publishResponse(partner, { questionId: merged.id, organisationId: org.id, body: "Too late." }),
    ).rejects.toBeInstanceOf(Conflict);
    expect(await snapshot()).toBe(before);
    expect(await getResponseComposer(merged.id, partner)).toBeNull();
  });
});

describe("editing", () => {
  async function published() {
    const [orgA, orgB] = [await createOrganisation(), await createOrganisation()];
    const author = await createUser();
    const question = await createQuestion(author.id);
    const writer = await partnerOf(orgA.id);
    const { responseId } = await publishResponse(writer, {
      questionId: question.id,
      organisationId: orgA.id,
      body: "First text.",
    });
    return { orgA, orgB, author, question, writer, responseId };
  }

  it("keeps each earlier text as a revision, marks the response edited, audits it and tells nobody", async () => {
    const { orgA, question, writer, responseId } = await published();
    const colleague = await partnerOf(orgA.id);
    const admin = await personWithRole("admin");
    const notificationsBefore = await db.notification.count();

    expect(await editResponse(colleague, { responseId, body: "Second text." })).toEqual({
      questionId: question.id,
      changed: true,
    });
    await editResponse(admin, { responseId, body: "Third text." });
    // The same text again is no change: no revision, no audit entry.
    expect(await editResponse(writer, { responseId, body: "Third text." })).toMatchObject({ changed: false });

    const response = await db.response.findUniqueOrThrow({ where: { id: responseId } });
    expect(response.body).toBe("Third text.");
    expect(response.editedAt).not.toBeNull();
    // The author stays the person who published it.
    expect(response.authorId).toBe(writer.id);
    const revisions = await db.responseRevision.findMany({
      where: { responseId },
      orderBy: { createdAt: "asc" },
      select: { body: true, editedById: true },
    });
    expect(revisions).toEqual([
      { body: "First text.", editedById: colleague.id },
      { body: "Second text.", editedById: admin.id },
    ]);
    expect(await db.auditLog.count({ where: { action: "response.edit", targetId: responseId } })).toBe(2);
    expect(await db.notification.count()).toBe(notificationsBefore);

    // The public page says it was edited; partners read the earlier versions, newest first.
    const detail = await getQuestionDetail(question.id, null);
    expect(detail?.responses[0]?.lastEditedAt).toEqual(response.editedAt);
    const html = renderToStaticMarkup(createElement(OfficialResponse, { response: detail!.responses[0]! }));
    expect(html).toContain("Edited");
    const triage = await listTriageResponses(question.id, colleague);
    expect(triage[0]?.revisions.map((r) => r.body)).toEqual(["Second text.", "First text."]);
    expect(triage[0]?.mayEdit).toBe(true);
  });

  it("refuses another organisation's partner, citizens, moderators and visitors, changing nothing", async () => {
    const { orgB, author, question, writer, responseId } = await published();
    const partnerB = await partnerOf(orgB.id);
    const leadB = await partnerOf(orgB.id, "lead");
    const before = await snapshot();
    const change = { responseId, body: "Rewritten by someone else." };
    await expect(editResponse(partnerB, change)).rejects.toBeInstanceOf(Forbidden);
    await expect(editResponse(leadB, change)).rejects.toBeInstanceOf(Forbidden);
    await expect(editResponse(await actorOf(author.id), change)).rejects.toBeInstanceOf(Forbidden);
    await expect(editResponse(await personWithRole("citizen"), change)).rejects.toBeInstanceOf(Forbidden);
    await expect(editResponse(await personWithRole("moderator"), change)).rejects.toBeInstanceOf(Forbidden);
    await expect(editResponse(null, change)).rejects.toBeInstanceOf(Unauthenticated);
    await expect(
      editResponse(partnerB, { responseId: crypto.randomUUID(), body: "Nothing there." }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(editResponse(writer, { responseId, body: "  " })).rejects.toBeInstanceOf(Invalid);
    expect(await snapshot()).toBe(before);
    // Partners of B see the response on the triage page, without "Edit".
    expect((await listTriageResponses(question.id, partnerB)).map((r) => r.mayEdit)).toEqual([false]);
  });

  it("refuses a response on a question a moderator has since hidden", async () => {
    const { question, writer, responseId } = await published();
    await db.question.update({
      where: { id: question.id },
      data: { moderation: "hidden", moderationReason: "Off topic." },
    });
    await expect(editResponse(writer, { responseId, body: "Changed." })).rejects.toBeInstanceOf(NotFound);
  });
});

describe("sanitised Markdown", () => {
  it("never lets a script, an event handler or a javascript: link through to the page, in the public or partner view", async () => {
    const org = await createOrganisation();
    const question = await createQuestion((await createUser()).id);
    const partner = await partnerOf(org.id);
    const body = [
      "**Bold** and *italic*, a [link](https://www.essex.gov.uk) and a [trap](javascript:alert(1)).",
      "",
      "<script>alert('published')</script>",
      "",
      '<img src=x onerror="alert(2)">',
      "",
      "- one",
      "- two",
    ].join("\n");
    const { responseId } = await publishResponse(partner, { questionId: question.id, organisationId: org.id, body });
    await editResponse(partner, { responseId, body: `${body}\n\n<iframe src="https://evil.example"></iframe>` });

    const detail = await getQuestionDetail(question.id, null);
    const publicHtml = renderToStaticMarkup(createElement(OfficialResponse, { response: detail!.responses[0]! }));
    const partnerHtml = renderToStaticMarkup(
      createElement(ResponseList, {
        questionId: question.id,
        responses: await listTriageResponses(question.id, partner),
      }),
    );
    for (const html of [publicHtml, partnerHtml]) {
      expect(html).toContain("<strong>Bold</strong>");
      expect(html).toContain("<em>italic</em>");
      expect(html).toContain('href="https://www.essex.gov.uk"');
      expect(html).toContain("<li>one</li>");
      // No element or attribute from the typed HTML (attributes are always quoted in React's markup).
      expect(html).not.toMatch(/<(script|img|iframe)\b|\son[a-z]+="|href="javascript:/i);
      // Typed HTML shows as the characters typed, escaped.
      expect(html).toContain("&lt;script&gt;alert(&#x27;published&#x27;)&lt;/script&gt;");
    }
  });
});
