import { z } from "zod";
import { isAuditAction } from "./actions";
import { startOfUkDay } from "@/lib/suspensions/schemas";

// The audit log's filters, as they travel in the address of /admin/audit and /admin/audit/export (a GET form, so
// a filtered view can be bookmarked): the person by id (never an email address), the action, the target, and a
// range of whole UK days.

/** What an audit entry can be about, in the order the filter offers them; a page to open, where one exists. */
export const AUDIT_TARGET_TYPES = {
  question: "Question",
  comment: "Comment",
  response: "Official response",
  user: "Person",
  organisation: "Organisation",
  answer_template: "Answer template",
  safeguarding_concern: "Safeguarding concern",
  feedback: "Feedback message",
  setting: "Setting",
  bank_holiday: "Bank holiday",
  census_population: "Census population figures",
  theme: "Theme",
  organisation_invitation: "Invitation",
} as const satisfies Record<string, string>;
export type AuditTargetType = keyof typeof AUDIT_TARGET_TYPES;

export function auditTargetLabel(type: string): string {
  return Object.hasOwn(AUDIT_TARGET_TYPES, type) ? AUDIT_TARGET_TYPES[type as AuditTargetType] : type;
}

/** Where the target of an entry can be looked at, or null when it has no page of its own. */
export function auditTargetHref(type: string, id: string): string | null {
  const safeId = encodeURIComponent(id);
  if (type === "question") return `/questions/${safeId}`;
  if (type === "user") return `/moderation/people/${safeId}`;
  if (type === "organisation") return `/admin/organisations/${safeId}`;
  if (type === "theme") return `/admin/themes/${safeId}`;
  if (type === "safeguarding_concern") return `/admin/safeguarding/${safeId}`;
  return null;
}

/** The `actor` value for entries the system wrote by itself (hidden by reports, say), with no person behind them. */
export const AUTOMATIC_ACTOR = "automatic";

export const AUDIT_FILTER_FIELDS = ["actor", "action", "targetType", "targetId", "from", "to"] as const;
export type AuditFilterField = (typeof AUDIT_FILTER_FIELDS)[number];

const DATE_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar day a yyyy-mm-dd string names, or null when it names none (2026-02-30, say). */
function calendarDay(value: string): { year: number; month: number; day: number } | null {
  const match = DATE_FORMAT.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);

const dateField = (what: string) =>
  optional.refine(
    (value) => value === undefined || calendarDay(value) !== null,
    `${what} must be a real date in the format yyyy-mm-dd, like 2026-11-26`,
  );

export const auditFilterSchema = z
  .object({
    actor: optional.refine(
      (value) => value === undefined || value === AUTOMATIC_ACTOR || z.uuid().safeParse(value).success,
      "Select a person from the list",
    ),
    action: optional.refine((value) => value === undefined || isAuditAction(value), "Select an action from the list"),
    targetType: optional.refine(
      (value) => value === undefined || Object.hasOwn(AUDIT_TARGET_TYPES, value),
      "Select a target type from the list",
    ),
    targetId: optional.refine(
      (value) => value === undefined || value.length <= 64,
      "Target id must be 64 characters or fewer",
    ),
    from: dateField("Date from"),
    to: dateField("Date to"),
  })
  .superRefine((filters, context) => {
    if (filters.targetId && !filters.targetType) {
      context.addIssue({ code: "custom", path: ["targetType"], message: "Select the type of target the id is for" });
    }
    if (
      filters.from &&
      filters.to &&
      calendarDay(filters.from) &&
      calendarDay(filters.to) &&
      filters.to < filters.from
    ) {
      context.addIssue({ code: "custom", path: ["to"], message: "Date to must be the same as or after date from" });
    }
  });

/** The filters as typed (kept to show again in the form) and as the query applies them. */
export type AuditFilterValues = Partial<Record<AuditFilterField, string>>;
export interface AuditFilters {
  /** A person's id; null for the entries written with no person (AUTOMATIC_ACTOR). */
  actorId?: string | null;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** From the start of the first UK day (inclusive)… */
  since?: Date;
  /** …to the start of the day after the last (exclusive). */
  until?: Date;
}

export type ParsedAuditFilters =
  | { ok: true; values: AuditFilterValues; filters: AuditFilters }
  | { ok: false; values: AuditFilterValues; errors: Partial<Record<AuditFilterField, string>> };

/** The first value of each filter in the address (a repeated parameter counts once), as text. */
export function auditFilterValues(params: Record<string, string | string[] | undefined>): AuditFilterValues {
  const values: AuditFilterValues = {};
  for (const field of AUDIT_FILTER_FIELDS) {
    const raw = params[field];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200);
    if (value) values[field] = value;
  }
  return values;
}

export function parseAuditFilters(params: Record<string, string | string[] | undefined>): ParsedAuditFilters {
  const values = auditFilterValues(params);
  const parsed = auditFilterSchema.safeParse(values);
  if (!parsed.success) {
    const errors: Partial<Record<AuditFilterField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as AuditFilterField;
      errors[field] ??= issue.message;
    }
    return { ok: false, values, errors };
  }
  const { actor, action, targetType, targetId, from, to } = parsed.data;
  const first = from ? calendarDay(from) : null;
  const last = to ? calendarDay(to) : null;
  return {
    ok: true,
    values,
    filters: {
      ...(actor ? { actorId: actor === AUTOMATIC_ACTOR ? null : actor } : {}),
      action,
      targetType,
      targetId,
      since: first ? startOfUkDay(first.year, first.month, first.day) : undefined,
      // The start of the next UK day: startOfUkDay accepts day 32 as the 1st of the next month, and so on.
      until: last ? startOfUkDay(last.year, last.month, last.day + 1) : undefined,
    },
  };
}

/** The query string for these filters (and a cursor), with empty ones left out. */
export function auditFilterQuery(values: AuditFilterValues, after?: string): string {
  const query = new URLSearchParams();
  for (const field of AUDIT_FILTER_FIELDS) if (values[field]) query.set(field, values[field]);
  if (after) query.set("after", after);
  const text = query.toString();
  return text ? `?${text}` : "";
}
