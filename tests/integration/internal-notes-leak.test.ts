// Internal notes and partner tags are never shown to anyone but the holding organisation and admins: a note and
// a tag, each carrying a unique marker, are written through the triage page's own actions, then every public
// read model and every route handler (app/**/route.ts) is asked for the question, as a visitor, as its author and
// as another citizen, and what it returns is searched for the markers. The HTML pages are fetched from a real
// server by tests/e2e/partner-workspace.spec.ts.
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { initialFormState, type FormState } from "@/lib/form-state";
import { exportPersonalData } from "@/lib/accounts/your-data/queries";
import { getComment, listQuestionComments, listReplies } from "@/lib/comments/queries";
import { listFollowedQuestions } from "@/lib/follows/queries";
import { listNotifications } from "@/lib/notifications/queries";
import { listOwnQuestions, listSupportedQuestions } from "@/lib/questions/account-lists";
import { browseQuestions, findSimilarQuestions } from "@/lib/questions/browse/queries";
import { browseSchema } from "@/lib/questions/schemas";
import { getQuestionDetail, listMostSupportedQuestions } from "@/lib/questions/queries";
import { getTagChoices } from "@/lib/tags/queries";
import { listThemesWithCounts } from "@/lib/themes/queries";
import { getPartnerWorkspace, getTriageQuestion } from "@/lib/triage/queries";
import { followQuestion } from "@/lib/follows/service";
import { supportQuestion } from "@/lib/questions/service";
import { postComment } from "@/lib/comments/service";
import { createOrganisation, createQuestion, createUser, partnerOf, signedInActor } from "../support/fixtures";
import { form } from "../support/form-data";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/actor")>()),
  getActor: async () => session.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { setQuestionTagsAction } = await import("@/app/partner/questions/[id]/tags/actions");
const { changeQuestionStatusAction } = await import("@/app/partner/questions/[id]/status/actions");
const { addInternalNoteAction } = await import("@/app/partner/questions/[id]/notes/actions");

const NOTE_MARKER = `note-marker-${randomUUID()}`;
const TAG_MARKER = `tag-${randomUUID().slice(0, 30)}`;
const TITLE = "Could Harlow's cycle lanes be gritted in winter?";

// Every route handler in the app, each asked below. A new one fails this test until it is added here.
const ROUTE_HANDLERS = [
  "account/data/route.ts",
  "admin/audit/export/route.ts",
  "api/events/[id]/signals/route.ts",
  "api/health/route.ts",
  "api/questions/similar/route.ts",
  "api/unsubscribe/route.ts",
  "api/v1/commitments/[id]/route.ts",
  "api/v1/commitments/route.ts",
  "api/v1/districts/route.ts",
  "api/v1/events/route.ts",
  "api/v1/openapi.json/route.ts",
  "api/v1/organisations/route.ts",
  "api/v1/questions/[id]/route.ts",
  "api/v1/questions/route.ts",
  "api/v1/themes/route.ts",
  "downloads/[file]/route.ts",
  "feeds/[file]/route.ts",
  "feeds/partners/[slug]/[file]/route.ts",
  "partner/export/route.ts",
  "partner/priorities/export/route.ts",
];

let questionId: string;
let commentId: string;
let themeSlug: string;
const people = {} as Record<"author" | "citizen" | "partner" | "otherPartner", Actor>;

async function as<T>(actor: Actor | null, run: () => Promise<T>): Promise<T> {
  session.actor = actor;
  try {
    return await run();
  } finally {
    session.actor = null;
  }
}

function expectNoMarkers(label: string, value: unknown) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  expect(text, label).not.toContain(NOTE_MARKER);
  expect(text, label).not.toContain(TAG_MARKER);
}

beforeAll(async () => {
  const org = await createOrganisation();
  const otherOrg = await createOrganisation();
  people.partner = await partnerOf(org.id, "member", "Pat Partner");
  people.otherPartner = await partnerOf(otherOrg.id, "lead");
  people.author = (await signedInActor((await createUser({ displayName: "Asking Author" })).id))!;
  people.citizen = (await signedInActor((await createUser({ displayName: "Curious Citizen" })).id))!;

  const theme = await db.theme.create({
    data: { slug: `leak-${randomUUID().slice(0, 8)}`, name: "Cycling", description: "For the leak test." },
  });
  themeSlug = theme.slug;
  const question = await createQuestion(people.author.id, {
    title: TITLE,
    body: "The lanes freeze every January and nobody can use them.",
  });
  questionId = question.id;
  await db.questionTheme.create({ data: { questionId, themeId: theme.id } });
  await db.assignment.create({ data: { questionId, organisationId: org.id, dueOn: new Date() } });
  await followQuestion(people.author, questionId);
  await followQuestion(people.citizen, questionId);
  await supportQuestion(people.citizen, questionId);
  commentId = (await postComment(people.citizen, { questionId, parentId: null, body: "Yes please, it is lethal." })).id;
  // Published straight away, whatever the comment rules for new accounts say, so every reader sees it.
  await db.comment.update({ where: { id: commentId }, data: { moderation: "approved" } });
  const reply = await postComment(people.author, {
    questionId,
    parentId: commentId,
    body: "Thank you for the support.",
  });
  await db.comment.update({ where: { id: reply.id }, data: { moderation: "approved" } });

  // Written the way the triage page writes them, through its actions.
  const done = (state: FormState) => expect(state, JSON.stringify(state.errors)).toMatchObject({ status: "success" });
  await as(people.partner, async () => {
    done(
      await setQuestionTagsAction(
        questionId,
        initialFormState,
        form({ themes: [themeSlug], newPartnerTag: TAG_MARKER }),
      ),
    );
    done(await addInternalNoteAction(questionId, initialFormState, form({ body: `Gritting budget: ${NOTE_MARKER}` })));
    done(
      await changeQuestionStatusAction(
        questionId,
        initialFormState,
        form({ to: "declined", note: "Gritting cycle lanes is the district's job." }),
      ),
    );
  });
});

describe("the note and the tag", () => {
  it("are there for the holding organisation (so the search below would find them)", async () => {
    expect(JSON.stringify(await getPartnerWorkspace(questionId, people.partner))).toContain(NOTE_MARKER);
    expect(JSON.stringify(await getTagChoices(questionId, people.partner))).toContain(TAG_MARKER);
    // The status change went out as a public timeline entry and a notification.
    expect((await getQuestionDetail(questionId, null))?.status).toBe("declined");
    expect((await listNotifications(people.author.id)).items.map((n) => n.message)).toContainEqual(
      expect.stringContaining("is now: Declined. Their note: Gritting cycle lanes is the district's job."),
    );
  });

  it("never appear in a public read, for a visitor, the author, a citizen or a partner of another organisation", async () => {
    const viewers: [string, Actor | null][] = [
      ["visitor", null],
      ["author", people.author],
      ["citizen", people.citizen],
      ["partner of another organisation", people.otherPartner],
    ];
    for (const [who, viewer] of viewers) {
      const reads: [string, unknown][] = [
        ["question page", await getQuestionDetail(questionId, viewer)],
        ["comments", await listQuestionComments(questionId, viewer)],
        ["a comment's page", await getComment(questionId, commentId, viewer)],
        ["replies", await listReplies(commentId, viewer)],
        ["triage head", await getTriageQuestion(questionId, viewer)],
        ["partner workspace", await getPartnerWorkspace(questionId, viewer)],
        ["tag choices", await getTagChoices(questionId, viewer)],
      ];
      for (const [label, value] of reads) expectNoMarkers(`${who}: ${label}`, value);
      // Someone outside the holding organisation gets no triage data at all.
      expect(await getPartnerWorkspace(questionId, viewer), who).toBeNull();
      expect(await getTagChoices(questionId, viewer), who).toBeNull();
    }

    for (const [label, value] of [
      ["most supported", await listMostSupportedQuestions(50)],
      ["browse", await browseQuestions(browseSchema.parse({}), 50)],
      ["browse by theme", await browseQuestions(browseSchema.parse({ theme: themeSlug }))],
      ["search by title", await browseQuestions(browseSchema.parse({ q: "gritted cycle lanes" }))],
      ["similar titles", await findSimilarQuestions(TITLE)],
      ["themes with counts", await listThemesWithCounts()],
    ] as const)
      expectNoMarkers(label, value);
    // The question is found by its words, and not by the note's or the tag's.
    expect((await browseQuestions(browseSchema.parse({ q: "gritted cycle lanes" }))).items.map((q) => q.id)).toContain(
      questionId,
    );
    for (const marker of [NOTE_MARKER, TAG_MARKER, "Gritting budget"])
      expect((await browseQuestions(browseSchema.parse({ q: marker }))).items, marker).toEqual([]);
  });

  it("never appear in the author's or a citizen's account pages, notifications or data export", async () => {
    for (const [who, person] of [
      ["author", people.author],
      ["citizen", people.citizen],
    ] as const) {
      expectNoMarkers(`${who}: own questions`, await listOwnQuestions(person.id));
      expectNoMarkers(`${who}: supported`, await listSupportedQuestions(person.id));
      expectNoMarkers(`${who}: following`, await listFollowedQuestions(person.id));
      expectNoMarkers(`${who}: notifications`, await listNotifications(person.id));
      expectNoMarkers(`${who}: data export`, await exportPersonalData(person));
    }
  });

  it("never appear in any route handler's answer", async () => {
    const app = path.resolve(import.meta.dirname, "../../app");
    const routes = readdirSync(app, { recursive: true, encoding: "utf8" })
      .filter((file) => path.basename(file) === "route.ts")
      .sort();
    expect(routes).toEqual(ROUTE_HANDLERS);

    const { GET: similar } = await import("@/app/api/questions/similar/route");
    const { GET: data } = await import("@/app/account/data/route");
    const { GET: health } = await import("@/app/api/health/route");
    // The audit log's download is for administrators (who may read notes anyway): everyone here is refused.
    const { GET: auditExport } = await import("@/app/admin/audit/export/route");
    const { GET: unsubscribeAddress, POST: unsubscribe } = await import("@/app/api/unsubscribe/route");
    // The partners' downloads: refused to everyone here; the inbox's is asked again below by another organisation.
    const { GET: inboxExport } = await import("@/app/partner/export/route");
    const { GET: prioritiesExport } = await import("@/app/partner/priorities/export/route");
    // An event's live signals carry its id and nothing else; an unknown event has none.
    const { GET: eventSignals } = await import("@/app/api/events/[id]/signals/route");
    const { NextRequest } = await import("next/server");
    const origin = "http://localhost:3000";
    // The open-data API (no session: the same for everyone), each resource asked once.
    const openData: [string, Response][] = [];
    const asks: [string, string, Record<string, string>][] = [
      ["questions/route", "/api/v1/questions?sort=newest&limit=100", {}],
      ["questions/[id]/route", `/api/v1/questions/${questionId}`, { id: questionId }],
      ["themes/route", "/api/v1/themes", {}],
      ["districts/route", "/api/v1/districts", {}],
      ["organisations/route", "/api/v1/organisations", {}],
      ["commitments/route", "/api/v1/commitments", {}],
      ["commitments/[id]/route", `/api/v1/commitments/${randomUUID()}`, { id: randomUUID() }],
      ["events/route", "/api/v1/events", {}],
      ["openapi.json/route", "/api/v1/openapi.json", {}],
    ];
    for (const [route, address, params] of asks) {
      const { GET } = (await import(`@/app/api/v1/${route}`)) as {
        GET: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
      };
      openData.push([address, await GET(new Request(`${origin}${address}`), { params: Promise.resolve(params) })]);
    }
    for (const [address, response] of openData) {
      const body = await response.text();
      expectNoMarkers(`open data: ${address}`, body + JSON.stringify([...response.headers]));
      if (address.startsWith("/api/v1/questions")) expect(body, address).toContain(TITLE);
    }
    for (const [who, viewer] of [
      ["visitor", null],
      ["author", people.author],
      ["citizen", people.citizen],
    ] as const) {
      const answers: [string, Response][] = [
        [
          "similar",
          await as(viewer, () =>
            similar(new Request(`${origin}/api/questions/similar?title=${encodeURIComponent(TITLE)}`)),
          ),
        ],
        ["health", await as(viewer, () => health())],
        ["audit log download", await as(viewer, () => auditExport(new Request(`${origin}/admin/audit/export`)))],
        ["unsubscribe address", unsubscribeAddress(new NextRequest(`${origin}/api/unsubscribe?token=x`))],
        ["unsubscribe", await unsubscribe(new NextRequest(`${origin}/api/unsubscribe?token=x`, { method: "POST" }))],
        ["your data", await as(viewer, () => data())],
        [
          "event signals",
          await eventSignals(new Request(`${origin}/api/events/${questionId}/signals`), {
            params: Promise.resolve({ id: questionId }),
          }),
        ],
        ["inbox download", await as(viewer, () => inboxExport(new Request(`${origin}/partner/export?notes=on`)))],
        [
          "priorities download",
          await as(viewer, () =>
            prioritiesExport(new Request(`${origin}/partner/priorities/export?table=questions-by-support`)),
          ),
        ],
      ];
      for (const [label, response] of answers) {
        const body = await response.text();
        expectNoMarkers(`${who}: ${label}`, body + JSON.stringify([...response.headers]));
        if (label === "similar") expect(body, who).toContain(TITLE);
        if (label === "your data" && viewer) expect(body, who).toContain(viewer.id);
      }
    }
    // The open data: the feeds of the question's theme (it is published, so it is listed) and every bulk download,
    // made by the job just now. They are the same for everyone, so they are asked once.
    const { GET: questionFeed } = await import("@/app/feeds/[file]/route");
    const { GET: download } = await import("@/app/downloads/[file]/route");
    const { RESOURCES } = await import("@/lib/open-data/downloads/resources");
    const { refreshOpenDataFiles } = await import("@/lib/open-data/downloads/refresh");
    await refreshOpenDataFiles();
    for (const format of ["rss", "atom", "json"]) {
      const response = await questionFeed(new Request(`${origin}/feeds/questions.${format}?theme=${themeSlug}`), {
        params: Promise.resolve({ file: `questions.${format}` }),
      });
      const body = await response.text();
      expect(body, format).toContain(questionId);
      expectNoMarkers(`questions feed (${format})`, body);
    }
    for (const { resource } of RESOURCES)
      for (const format of ["csv", "json"]) {
        const response = await download(new Request(`${origin}/downloads/${resource}.${format}`), {
          params: Promise.resolve({ file: `${resource}.${format}` }),
        });
        expect(response.status).toBe(200);
        expectNoMarkers(`${resource}.${format}`, await response.text());
      }
    // Another organisation's partner downloads every inbox view with notes: the question may be listed, its note
    // and its holder's tag never.
    for (const view of ["pool", "organisation", "mine", "overdue", "answered"]) {
      const response = await as(people.otherPartner, () =>
        inboxExport(new Request(`${origin}/partner/export?view=${view}&notes=on`)),
      );
      expect(response.status).toBe(200);
      expectNoMarkers(`other partner: inbox download (${view})`, await response.text());
    }
  });
});
