// What the partner inbox's address says: the view, the organisation, the filters, the sort and the page. Everything
// is in the URL so a view can be bookmarked and shared with a colleague; anything malformed falls back to the
// default instead of failing, so an old or mistyped link still opens an inbox.
import { z } from "zod";
import { QuestionStatus } from "@/lib/generated/prisma/enums";
import { browseSchema } from "@/lib/questions/schemas";

export const INBOX_VIEWS = ["pool", "organisation", "mine", "overdue", "answered"] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

export const INBOX_SORTS = ["waiting", "support", "trending"] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

/** "Older than" choices for the age filter, in days since the question was published. */
export const INBOX_AGES = ["7", "30", "90"] as const;
export type InboxAge = (typeof INBOX_AGES)[number];

const MAX_SUPPORT = 1_000_000;

const optionalSlug = z
  .string()
  .max(60)
  .regex(/^[a-z0-9-]+$/)
  .optional()
  .catch(undefined);

export const inboxParamsSchema = z.object({
  view: z.enum(INBOX_VIEWS).catch("pool"),
  /** Words in the question's title or details, as the public search reads them. */
  q: browseSchema.shape.q,
  organisation: optionalSlug,
  theme: optionalSlug,
  district: optionalSlug,
  status: z.enum(QuestionStatus).optional().catch(undefined),
  age: z.enum(INBOX_AGES).optional().catch(undefined),
  /** At least this many supporters; 0, blank or not a whole number means no minimum. */
  support: z.coerce.number().int().min(1).max(MAX_SUPPORT).optional().catch(undefined),
  sort: z.enum(INBOX_SORTS).catch("waiting"),
  after: z.string().max(300).optional().catch(undefined),
});

export type InboxParams = z.infer<typeof inboxParamsSchema>;

/** The params from Next's searchParams: the first value of a repeated key, blanks as absent. */
export function parseInboxParams(raw: Record<string, string | string[] | undefined>): InboxParams {
  const firsts = Object.fromEntries(
    Object.entries(raw)
      .map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const)
      .filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  return inboxParamsSchema.parse(firsts);
}

/**
 * The inbox's address for these params, with the changes given (a change to undefined drops the key). The cursor is
 * dropped unless given, so changing view, filter or sort starts at the first page. Defaults are left out.
 */
export function inboxHref(params: InboxParams, changes: Partial<InboxParams> = {}): string {
  const next: Partial<InboxParams> = { ...params, after: undefined, ...changes };
  const search = inboxQuery(next);
  if (next.after) search.set("after", next.after);
  const query = search.toString();
  return query ? `/partner?${query}` : "/partner";
}

/** The view, search, filters and sort as query parameters (defaults left out; no page): the inbox's and its download's. */
export function inboxQuery(params: Partial<InboxParams>): URLSearchParams {
  const search = new URLSearchParams();
  if (params.view && params.view !== "pool") search.set("view", params.view);
  for (const key of ["organisation", "q", "theme", "district", "status", "age"] as const) {
    const value = params[key];
    if (value) search.set(key, value);
  }
  if (params.support) search.set("support", String(params.support));
  if (params.sort && params.sort !== "waiting") search.set("sort", params.sort);
  return search;
}

/** What "Clear filters" sets: every filter and the search gone, the view, organisation and sort kept. */
export const NO_INBOX_FILTERS = {
  q: undefined,
  theme: undefined,
  district: undefined,
  status: undefined,
  age: undefined,
  support: undefined,
} as const satisfies Partial<InboxParams>;

/** Whether a search or any filter narrows the list (the view, organisation and sort are not filters). */
export function hasInboxFilters(params: InboxParams): boolean {
  return Object.keys(NO_INBOX_FILTERS).some((key) => Boolean(params[key as keyof typeof NO_INBOX_FILTERS]));
}

// ───────────── keyset cursor ─────────────

/** Where a page ended: the sort it belongs to, that sort's value on the last row, and the row's id. */
export interface InboxCursor {
  sort: InboxSort;
  value: number | string;
  id: string;
}

const cursorSchema = z.discriminatedUnion("sort", [
  z.object({ sort: z.literal("support"), value: z.number().int().min(0).max(2_147_483_647), id: z.uuid() }),
  z.object({ sort: z.literal("trending"), value: z.number().refine(Number.isFinite), id: z.uuid() }),
  z.object({ sort: z.literal("waiting"), value: z.iso.datetime(), id: z.uuid() }),
]);

export function encodeInboxCursor(cursor: InboxCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** The cursor if it is well formed and belongs to this sort; otherwise null, and the first page is shown. */
export function decodeInboxCursor(raw: string | undefined, sort: InboxSort): InboxCursor | null {
  if (!raw) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success && parsed.data.sort === sort ? parsed.data : null;
  } catch {
    return null;
  }
}
