import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { worksOnQuestions } from "@/lib/auth/permissions";
import { isAdmin } from "@/lib/auth/policy";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { publicName, speakerSelect, toSpeaker, type Speaker } from "@/lib/questions/speaker";
import { PUBLISHED } from "@/lib/questions/visibility";
import { organisationsToAnswerFor, responseEditAccess } from "./policy";

/** The most templates the composer offers per organisation (the templates page lists them all, page by page). */
const COMPOSER_TEMPLATES_PER_ORGANISATION = 100;

/** The active organisations this person may answer for, by name: all of them for an admin, else their own. */
export async function listOrganisationsToAnswerFor(actor: Actor): Promise<{ id: number; name: string }[]> {
  const organisations = await db.organisation.findMany({
    where: {
      deactivatedAt: null,
      ...(isAdmin(actor) ? {} : { id: { in: actor.memberships.map((m) => m.organisationId) } }),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  return organisationsToAnswerFor(actor, organisations);
}

export interface ResponseComposer {
  question: { id: string; title: string; status: QuestionStatus };
  /** The organisations the person may answer for; the first is the one the form starts on. */
  organisations: { id: number; name: string }[];
  /** Their organisations' answer templates, by organisation then title. */
  templates: { id: string; organisationId: number; organisation: string; title: string; body: string }[];
}

/**
 * What the response composer needs: the question (published and not merged), the organisations the person may
 * answer for (the one holding the question first, when they may answer for it) and those organisations' answer
 * templates. Null for a question they may not answer, and for anyone who does not work on questions.
 */
export const getResponseComposer = cache(
  async (questionId: string, actor: Actor | null): Promise<ResponseComposer | null> => {
    if (!worksOnQuestions(actor) || !z.uuid().safeParse(questionId).success) return null;
    const [question, organisations] = await Promise.all([
      db.question.findFirst({
        where: { id: questionId, moderation: "approved", status: { not: "merged" } },
        select: { id: true, title: true, status: true, assignment: { select: { organisationId: true } } },
      }),
      listOrganisationsToAnswerFor(actor),
    ]);
    if (!question || !organisations.length) return null;
    const holder = question.assignment?.organisationId;
    const ordered = [...organisations.filter((o) => o.id === holder), ...organisations.filter((o) => o.id !== holder)];
    // One query for every organisation's templates; a window keeps each organisation's share bounded.
    const templates = await db.$queryRaw<
      { id: string; organisationId: number; organisation: string; title: string; body: string }[]
    >`SELECT id, "organisationId", organisation, title, body FROM (
        SELECT t.id, t.organisation_id AS "organisationId", o.name AS organisation, t.title, t.body,
               row_number() OVER (PARTITION BY t.organisation_id ORDER BY t.title, t.id) AS position
        FROM answer_template t JOIN organisation o ON o.id = t.organisation_id
        WHERE t.organisation_id = ANY(${ordered.map((o) => o.id)}::int[])
      ) ranked
      WHERE position <= ${COMPOSER_TEMPLATES_PER_ORGANISATION}
      ORDER BY organisation, title, id`;
    return {
      question: { id: question.id, title: question.title, status: question.status },
      organisations: ordered,
      templates,
    };
  },
);

export interface TriageResponse {
  id: string;
  organisationId: number;
  organisation: string;
  author: string;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  /** May the viewer change it (responseEditAccess). */
  mayEdit: boolean;
  /** Its earlier texts, newest first: each with who replaced it and when. */
  revisions: { id: string; body: string; replacedBy: string; replacedAt: Date }[];
}

const personName = { select: { displayName: true, status: true } } as const;

/**
 * A published question's official responses as partners see them on its triage page: each organisation's, with
 * its earlier versions, and whether the viewer may edit it. For members of any organisation and admins only.
 */
export const listTriageResponses = cache(
  async (questionId: string, viewer: Actor | null): Promise<TriageResponse[]> => {
    if (!worksOnQuestions(viewer) || !z.uuid().safeParse(questionId).success) return [];
    const rows = await db.response.findMany({
      where: { questionId, question: { moderation: "approved" } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        organisationId: true,
        body: true,
        createdAt: true,
        editedAt: true,
        organisation: { select: { name: true } },
        author: personName,
        revisions: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: { id: true, body: true, createdAt: true, editedBy: personName },
        },
      },
    });
    return rows.map((r) => ({
      id: r.id,
      organisationId: r.organisationId,
      organisation: r.organisation.name,
      author: publicName(r.author),
      body: r.body,
      createdAt: r.createdAt,
      editedAt: r.editedAt,
      mayEdit: responseEditAccess(viewer, r).allowed,
      revisions: r.revisions.map((v) => ({
        id: v.id,
        body: v.body,
        replacedBy: publicName(v.editedBy),
        replacedAt: v.createdAt,
      })),
    }));
  },
);

export interface EditableResponse {
  id: string;
  questionId: string;
  questionTitle: string;
  organisation: string;
  body: string;
}

/** A response the viewer may edit (responseEditAccess), on the question it answers; null otherwise. */
export const getEditableResponse = cache(
  async (questionId: string, responseId: string, viewer: Actor | null): Promise<EditableResponse | null> => {
    if (!worksOnQuestions(viewer) || !z.uuid().safeParse(responseId).success) return null;
    if (!z.uuid().safeParse(questionId).success) return null;
    const row = await db.response.findFirst({
      where: { id: responseId, questionId, question: { moderation: "approved" } },
      select: {
        id: true,
        questionId: true,
        organisationId: true,
        body: true,
        organisation: { select: { name: true } },
        question: { select: { title: true } },
      },
    });
    if (!row || !responseEditAccess(viewer, row).allowed) return null;
    return {
      id: row.id,
      questionId: row.questionId,
      questionTitle: row.question.title,
      organisation: row.organisation.name,
      body: row.body,
    };
  },
);

export interface AnswerOfTheme {
  id: string;
  question: { id: string; title: string };
  organisation: string;
  organisationSlug: string;
  author: Speaker;
  body: string;
  createdAt: Date;
  lastEditedAt: Date | null;
}

/** The latest official responses on a theme's published questions, newest first (one query, names included). */
export async function listRecentAnswersOfTheme(themeSlug: string, limit = 3): Promise<AnswerOfTheme[]> {
  const rows = await db.response.findMany({
    where: { question: { AND: [PUBLISHED, { themes: { some: { theme: { slug: themeSlug } } } }] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      body: true,
      createdAt: true,
      editedAt: true,
      question: { select: { id: true, title: true } },
      organisation: { select: { name: true, slug: true } },
      author: speakerSelect,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    question: r.question,
    organisation: r.organisation.name,
    organisationSlug: r.organisation.slug,
    author: toSpeaker(r.author),
    body: r.body,
    createdAt: r.createdAt,
    lastEditedAt: r.editedAt,
  }));
}
