import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { AgeBand, PlatformRole, UserStatus } from "@/lib/generated/prisma/enums";
import { suspensionInForce, type Suspension } from "@/lib/auth/suspension";

// What a moderator reads about people: a search by the start of a public name, and one person's page with the
// counts of what they wrote and how it fared. Never an email address unless the reader is an admin.

export const PEOPLE_PAGE_SIZE = 20;

export interface PersonRow {
  id: string;
  displayName: string;
  platformRole: PlatformRole;
  suspended: boolean;
}

/**
 * People whose public name starts with `prefix` (any case), in name order, a keyset page at a time: the cursor
 * is the last row's lower-cased name and id. Deleted accounts are left out.
 */
export async function searchPeopleByName(
  prefix: string,
  after?: string,
): Promise<{ people: PersonRow[]; next: string | null }> {
  const cursor = decodeNameCursor(after);
  const pattern = `${escapeLike(prefix.toLowerCase())}%`;
  const rows = await db.$queryRaw<
    {
      id: string;
      display_name: string;
      platform_role: PlatformRole;
      status: UserStatus;
      suspended_until: Date | null;
    }[]
  >`
    SELECT id, display_name, platform_role, status, suspended_until FROM "user"
    WHERE status <> 'deleted' AND lower(display_name) COLLATE "C" LIKE ${pattern}
      AND (${cursor === null}
        OR (lower(display_name) COLLATE "C", id) > (${cursor?.name ?? ""} COLLATE "C", ${cursor?.id ?? null}::uuid))
    ORDER BY lower(display_name) COLLATE "C", id
    LIMIT ${PEOPLE_PAGE_SIZE + 1}`;
  const now = new Date();
  const people = rows.slice(0, PEOPLE_PAGE_SIZE).map((r) => ({
    id: r.id,
    displayName: r.display_name,
    platformRole: r.platform_role,
    suspended:
      suspensionInForce({ status: r.status, suspendedReason: "", suspendedUntil: r.suspended_until }, now) !== null,
  }));
  const last = people[people.length - 1];
  const next =
    rows.length > PEOPLE_PAGE_SIZE && last ? encodeNameCursor(last.displayName.toLowerCase(), last.id) : null;
  return { people, next };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function encodeNameCursor(name: string, id: string): string {
  return Buffer.from(JSON.stringify({ name, id })).toString("base64url");
}

function decodeNameCursor(raw: string | undefined): { name: string; id: string } | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (typeof value !== "object" || value === null) return null;
    const { name, id } = value as Record<string, unknown>;
    if (typeof name !== "string" || typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    return { name, id };
  } catch {
    return null;
  }
}

export interface PersonForModeration {
  id: string;
  displayName: string;
  platformRole: PlatformRole;
  isPartner: boolean;
  ageBand: AgeBand | null;
  /** Only for an admin reading. */
  email: string | null;
  createdAt: Date;
  suspension: Suspension | null;
  postsHeldUntil: Date | null;
  posts: { questions: number; comments: number; held: number; rejected: number; hidden: number };
  openReports: number;
}

/** One person as a moderator sees them; null for an unknown or deleted account. */
export const getPersonForModeration = cache(async function getPersonForModeration(
  userId: string,
  reader: { platformRole: PlatformRole },
): Promise<PersonForModeration | null> {
  const person = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      displayName: true,
      platformRole: true,
      ageBand: true,
      email: true,
      status: true,
      suspendedReason: true,
      suspendedUntil: true,
      postsHeldUntil: true,
      createdAt: true,
      _count: { select: { memberships: true } },
    },
  });
  if (!person || person.status === "deleted") return null;
  // One statement for every count: the stored open_flag_count of each post, and its moderation state.
  const [counts] = await db.$queryRaw<
    { questions: number; comments: number; held: number; rejected: number; hidden: number; open_reports: number }[]
  >`
    WITH posts AS (
      SELECT 'question' AS kind, moderation, open_flag_count FROM question WHERE author_id = ${userId}::uuid
      UNION ALL
      SELECT 'comment', moderation, open_flag_count FROM comment WHERE author_id = ${userId}::uuid
    )
    SELECT count(*) FILTER (WHERE kind = 'question')::int AS questions,
           count(*) FILTER (WHERE kind = 'comment')::int AS comments,
           count(*) FILTER (WHERE moderation = 'pending')::int AS held,
           count(*) FILTER (WHERE moderation = 'rejected')::int AS rejected,
           count(*) FILTER (WHERE moderation = 'hidden')::int AS hidden,
           coalesce(sum(open_flag_count), 0)::int AS open_reports
    FROM posts`;
  const now = new Date();
  return {
    id: person.id,
    displayName: person.displayName,
    platformRole: person.platformRole,
    isPartner: person._count.memberships > 0,
    ageBand: person.ageBand,
    email: reader.platformRole === "admin" ? person.email : null,
    createdAt: person.createdAt,
    suspension: suspensionInForce(person, now),
    postsHeldUntil: person.postsHeldUntil && person.postsHeldUntil > now ? person.postsHeldUntil : null,
    posts: {
      questions: counts?.questions ?? 0,
      comments: counts?.comments ?? 0,
      held: counts?.held ?? 0,
      rejected: counts?.rejected ?? 0,
      hidden: counts?.hidden ?? 0,
    },
    openReports: counts?.open_reports ?? 0,
  };
});
