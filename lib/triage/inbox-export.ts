import "server-only";
// The partner inbox as a CSV download: the same view, filters and sort as /partner (the inbox's own page query,
// run a keyset batch at a time), with what a partner needs in a spreadsheet beside each question. Internal notes
// only when the person asks for them, and then only the notes they could read on the question's page.
import { db } from "@/lib/db";
import { Forbidden } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { isAdmin, organisationAccess } from "@/lib/auth/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UserStatus } from "@/lib/generated/prisma/enums";
import { londonDate } from "@/lib/csv";
import { formatDateTime } from "@/lib/format";
import { appUrl } from "@/lib/mail/templates";
import { publicName, STAFF_ORGANISATION } from "@/lib/questions/speaker";
import { statusLabel } from "@/lib/questions/status";
import { encodeInboxCursor, inboxQuery, parseInboxParams, type InboxParams } from "./inbox-params";
import { buildInboxPageSql, type InboxPageRow, resolveInboxScope } from "./inbox-queries";
import { daysSincePublished, ukDate } from "./inbox-wording";
import { isoDate } from "./working-days";

/** Questions read per query: enough to be quick, few enough that memory stays flat however long the view. */
export const INBOX_EXPORT_BATCH = 500;

/** The query parameter of the download form's "Include internal notes" checkbox. */
export const INCLUDE_NOTES_PARAM = "notes";

export const INBOX_EXPORT_COLUMNS = [
  "question id",
  "address",
  "title",
  "status",
  "themes",
  "district",
  "supporters",
  "published on",
  "days waiting",
  "lead organisation",
  "held by",
  "answer due on",
  "overdue",
  "your organisation's tags",
] as const;
export const INTERNAL_NOTES_COLUMN = "internal notes";

export interface InboxExportRequest {
  /** The inbox's own params, from the start of the view (a page's cursor is dropped: the download is the view). */
  params: InboxParams;
  includeNotes: boolean;
}

/** The download's address says the view as the inbox's does, plus `notes=on` when the person ticked the box. */
export function parseInboxExportRequest(search: URLSearchParams): InboxExportRequest {
  const raw: Record<string, string> = {};
  for (const [key, value] of search) if (!Object.hasOwn(raw, key)) raw[key] = value;
  const { after: _after, ...params } = parseInboxParams(raw);
  return { params, includeNotes: search.get(INCLUDE_NOTES_PARAM) === "on" };
}

/** The download's query for the inbox shown with these params: the view, organisation, filters and sort. */
export function inboxExportQuery(params: InboxParams, includeNotes = false): URLSearchParams {
  const search = inboxQuery(params);
  if (includeNotes) search.set(INCLUDE_NOTES_PARAM, "on");
  return search;
}

export const INBOX_EXPORT_PATH = "/partner/export";

export interface InboxExport {
  filename: string;
  header: string[];
  /** The rows, a batch at a time as the download is read. */
  batches: AsyncGenerator<string[][]>;
}

/** The row the inbox's page query returns (buildInboxPageSql). */
interface NoteJson {
  at: string;
  body: string;
  author: string;
  author_status: UserStatus;
  organisation: string | null;
}

interface DetailRow {
  id: string;
  district: string | null;
  themes: string | null;
  tags: string | null;
  notes: NoteJson[] | null;
}

/**
 * Which internal notes this person may read, as SQL over `internal_note n` and the question's `assignment a`: the
 * rule of the question's page (lib/triage/queries.ts getPartnerWorkspace): an admin every note; a member of the
 * organisation holding the question that organisation's notes and the admins' (written for no organisation), not
 * those another organisation left before a transfer; nobody else any (a question in the pool has no workspace).
 */
function readableNotesSql(actor: Actor): Prisma.Sql {
  if (isAdmin(actor)) return Prisma.sql`TRUE`;
  const organisationIds = actor.memberships.map((m) => m.organisationId);
  return Prisma.sql`(a.organisation_id = ANY(${organisationIds}::int[])
    AND (n.organisation_id = a.organisation_id OR n.organisation_id IS NULL))`;
}

/** What the spreadsheet shows beside each question of a batch, in one query for the whole batch. */
function batchDetailsSql(ids: string[], organisationId: number | null, notes: Prisma.Sql | null): Prisma.Sql {
  const notesColumn = notes
    ? Prisma.sql`(SELECT json_agg(json_build_object('at', n.created_at, 'body', n.body, 'author', u.display_name,
                                                   'author_status', u.status, 'organisation', o.name)
                                 ORDER BY n.created_at, n.id)
                  FROM internal_note n
                  JOIN "user" u ON u.id = n.author_id
                  LEFT JOIN organisation o ON o.id = n.organisation_id
                  WHERE n.question_id = q.id AND ${notes})`
    : Prisma.sql`NULL::json`;
  return Prisma.sql`
    SELECT q.id, d.name AS district,
           (SELECT string_agg(t.name, '; ' ORDER BY t.position, t.id)
            FROM question_theme qt JOIN theme t ON t.id = qt.theme_id WHERE qt.question_id = q.id) AS themes,
           (SELECT string_agg(pt.name, '; ' ORDER BY pt.name)
            FROM question_partner_tag qpt JOIN partner_tag pt ON pt.id = qpt.tag_id
            WHERE qpt.question_id = q.id AND pt.organisation_id = ${organisationId}::int) AS tags,
           ${notesColumn} AS notes
    FROM question q
    LEFT JOIN district d ON d.id = q.district_id
    LEFT JOIN assignment a ON a.question_id = q.id
    WHERE q.id = ANY(${ids}::uuid[])`;
}

/** Still waiting for a first answer: only then is a question late (the inbox's "overdue" view says the same). */
function awaitingAnswer(row: InboxPageRow): boolean {
  return row.answered_at === null && (row.status === "open" || row.status === "under_review");
}

/** Whole days from publication to today while it waits, or to the day it was answered; blank if closed unanswered. */
function daysWaiting(row: InboxPageRow, today: string): string {
  if (row.answered_at) return String(daysSincePublished(row.published_at, ukDate(row.answered_at)));
  return awaitingAnswer(row) ? String(daysSincePublished(row.published_at, today)) : "";
}

function notesCell(notes: NoteJson[] | null): string {
  return (notes ?? [])
    .map((note) => {
      // json_build_object writes the UTC timestamp without its zone.
      const at = formatDateTime(new Date(`${note.at}Z`));
      const author = publicName({ displayName: note.author, status: note.author_status });
      return `${author}, ${note.organisation ?? STAFF_ORGANISATION}, on ${at}: ${note.body}`;
    })
    .join("\n\n");
}

function csvRow(row: InboxPageRow, details: DetailRow | undefined, today: string, includeNotes: boolean): string[] {
  const held = row.organisation_name !== null && row.due_on !== null;
  const cells = [
    row.id,
    appUrl(`/questions/${row.id}`),
    row.title,
    statusLabel(row.status),
    details?.themes ?? "",
    details?.district ?? "",
    String(row.support_count),
    ukDate(row.published_at),
    daysWaiting(row, today),
    row.organisation_name ?? "",
    row.member_name && row.member_status ? publicName({ displayName: row.member_name, status: row.member_status }) : "",
    held && row.due_on ? isoDate(row.due_on) : "",
    held && row.due_on && awaitingAnswer(row) && isoDate(row.due_on) < today ? "yes" : "no",
    details?.tags ?? "",
  ];
  if (includeNotes) cells.push(notesCell(details?.notes ?? null));
  return cells;
}

/**
 * The current inbox view as CSV rows, for members of an organisation and admins (inbox.export): checked before
 * anything is read. The organisation is resolved as the inbox page resolves it (resolveInboxScope), so a link
 * naming another organisation exports the person's own. Each batch is the inbox's page query (same visibility:
 * published questions only; same filters, sort and keyset) and one query for the batch's themes, district, the
 * inbox organisation's tags and, when asked for, the internal notes this person may read.
 */
export async function openInboxExport(
  actor: Actor | null,
  request: InboxExportRequest,
  options: { now?: Date; batchSize?: number } = {},
): Promise<InboxExport> {
  requirePermission(actor, "inbox.export");
  const scope = await resolveInboxScope(actor, request.params.organisation);
  const organisationId = scope.organisation?.id ?? null;
  if (organisationId !== null && !organisationAccess(actor, organisationId).allowed) {
    throw new Forbidden("You can only download the inbox of your own organisation.");
  }
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? INBOX_EXPORT_BATCH;
  const today = ukDate(now);
  const context = { organisationId, actorId: actor.id, today, now };
  const { params, includeNotes } = request;
  const notes = includeNotes ? readableNotesSql(actor) : null;

  async function* batches(): AsyncGenerator<string[][]> {
    let after: string | undefined;
    for (;;) {
      const rows = await db.$queryRaw<InboxPageRow[]>(buildInboxPageSql({ ...params, after }, context, batchSize));
      const batch = rows.slice(0, batchSize);
      if (batch.length) {
        const details = await db.$queryRaw<DetailRow[]>(
          batchDetailsSql(
            batch.map((row) => row.id),
            organisationId,
            notes,
          ),
        );
        const byId = new Map(details.map((d) => [d.id, d]));
        yield batch.map((row) => csvRow(row, byId.get(row.id), today, includeNotes));
      }
      const last = batch.at(-1);
      if (rows.length <= batchSize || !last) return;
      after = encodeInboxCursor({
        sort: params.sort,
        value:
          params.sort === "support"
            ? last.support_count
            : params.sort === "trending"
              ? last.trending_score
              : last.published_at.toISOString(),
        id: last.id,
      });
    }
  }

  const name = [scope.organisation?.slug ?? "partner", "inbox", params.view, londonDate(now)].join("-");
  return {
    filename: `${name}.csv`,
    header: includeNotes ? [...INBOX_EXPORT_COLUMNS, INTERNAL_NOTES_COLUMN] : [...INBOX_EXPORT_COLUMNS],
    batches: batches(),
  };
}
