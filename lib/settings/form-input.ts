import { z } from "zod";
import { londonCalendarDay } from "@/lib/assignments/due-date";
import { dateFromParts } from "@/lib/suspensions/schemas";
import { normaliseLineBreaks, plainText, stripControlCharacters } from "@/lib/text/plain-text";
import { isSettingName, SETTINGS, type SettingName, type SettingUpdate, type SettingValue } from "./definitions";
import { signpostingLinkSchema, signpostingLinksSchema, type SignpostingLink } from "./signposting";

// What the settings page's forms send, turned into the values the registry (definitions.ts) checks, with a
// message for the field that is wrong. Every check on a value is the registry's schema: the bounds in the
// messages are read from it, so a message cannot name other limits than the ones enforced.

type Parsed<Value> = { ok: true; value: Value } | { ok: false; errors: Record<string, string> };

const NUMBER_SETTINGS = [
  "responseTarget",
  "flagThreshold",
  "firstPostScreening",
  "securityEventRetention",
  "deliveryCheckDelay",
  "eventParticipantRetention",
] as const;
const LINE_SETTINGS = ["blockedWords", "safeguardingSteps"] as const;
type NumberSetting = (typeof NUMBER_SETTINGS)[number];
type LineSetting = (typeof LINE_SETTINGS)[number];

/** What a number counts, said after its bounds ("between 1 and 130 working days"). */
const UNITS: Partial<Record<NumberSetting, string>> = {
  responseTarget: "working days",
  securityEventRetention: "days",
  deliveryCheckDelay: "days",
  eventParticipantRetention: "days",
};

/** What one line of a list is, in a message ("Enter 2000 blocked words or fewer"). */
const LINE_NOUNS: Record<LineSetting, { one: string; many: string }> = {
  blockedWords: { one: "blocked word", many: "blocked words" },
  safeguardingSteps: { one: "step", many: "steps" },
};

/** The field a setting's form sends its value in (also the control's id, which the error summary links to). */
export function settingField(name: SettingName): string {
  return name;
}

function isNumberSetting(name: SettingName): name is NumberSetting {
  return (NUMBER_SETTINGS as readonly string[]).includes(name);
}

function isLineSetting(name: SettingName): name is LineSetting {
  return (LINE_SETTINGS as readonly string[]).includes(name);
}

/** A whole number typed into a setting's field, within the bounds of the setting's schema. */
export function parseWholeNumber(name: NumberSetting, text: string): Parsed<number> {
  const { label, schema, defaultValue } = SETTINGS[name];
  const field = settingField(name);
  const typed = text.trim();
  if (!typed) return { ok: false, errors: { [field]: `Enter the ${label.toLowerCase()}` } };
  if (!/^\d+$/.test(typed)) {
    return { ok: false, errors: { [field]: `${label} must be a whole number, like ${defaultValue}` } };
  }
  const value = Number(typed);
  if (!schema.safeParse(value).success) {
    const unit = UNITS[name] ? ` ${UNITS[name]}` : "";
    return {
      ok: false,
      errors: { [field]: `${label} must be between ${schema.minValue} and ${schema.maxValue}${unit}` },
    };
  }
  return { ok: true, value };
}

/** Up to 30 characters of a line, to name it in a message. */
function preview(line: string): string {
  return line.length > 30 ? `${line.slice(0, 30)}…` : line;
}

/**
 * One entry per line: each trimmed, blank lines left out, and a line that repeats an earlier one (ignoring case)
 * dropped. A line that breaks the setting's rule is named by its number as typed (blank lines counted), so the
 * administrator can find it.
 */
export function parseLines(name: LineSetting, text: string): Parsed<string[]> {
  const { label, schema } = SETTINGS[name];
  const field = settingField(name);
  const nouns = LINE_NOUNS[name];
  const lines = normaliseLineBreaks(stripControlCharacters(text)).split("\n");
  const seen = new Set<string>();
  const value: string[] = [];
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const { minLength, maxLength } = schema.element;
    if (!schema.element.safeParse(line).success) {
      const size = `between ${minLength ?? 0} and ${maxLength ?? "any number of"} characters`;
      return {
        ok: false,
        errors: {
          [field]: `Line ${index + 1} (“${preview(line)}”) is ${line.length} characters long: each ${nouns.one} must be ${size}`,
        },
      };
    }
    const folded = line.toLowerCase();
    if (seen.has(folded)) continue;
    seen.add(folded);
    value.push(line);
  }
  const checked = schema.safeParse(value);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const message =
      issue.code === "too_big"
        ? `${label}: enter ${String(issue.maximum)} ${nouns.many} or fewer`
        : `Enter at least one ${nouns.one}, one on each line`;
    return { ok: false, errors: { [field]: message } };
  }
  return { ok: true, value: checked.data };
}

const SIGNPOST_PARTS = ["name", "description", "phone", "url"] as const;
type SignpostPart = (typeof SIGNPOST_PARTS)[number];
/** Rows beyond this are not read: the form never shows more than the schema's maximum and one empty row. */
export const SIGNPOST_ROWS_READ = 20;

/** The field of one part of one help line's row ("signpost-0-name"). */
export function signpostField(row: number, part: SignpostPart): string {
  return `signpost-${row}-${part}`;
}

/**
 * The help lines typed as rows, in row order. A row left wholly empty is no help line (how one is removed); any
 * other row must pass the link's schema, and its errors go to its own fields.
 */
export function parseSignpostingRows(fields: Record<string, unknown>): Parsed<SignpostingLink[]> {
  const rows = new Map<number, Partial<Record<SignpostPart, string>>>();
  for (const [key, raw] of Object.entries(fields)) {
    const match = /^signpost-(\d{1,2})-(name|description|phone|url)$/.exec(key);
    if (!match || typeof raw !== "string") continue;
    const row = Number(match[1]);
    if (row >= SIGNPOST_ROWS_READ) continue;
    rows.set(row, { ...rows.get(row), [match[2] as SignpostPart]: raw.trim() });
  }
  const errors: Record<string, string> = {};
  const links: SignpostingLink[] = [];
  let firstRow: number | undefined;
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const parts = rows.get(row)!;
    if (SIGNPOST_PARTS.every((part) => !parts[part])) continue;
    firstRow ??= row;
    const parsed = signpostingLinkSchema.safeParse({
      name: parts.name ?? "",
      description: parts.description ?? "",
      phone: parts.phone || undefined,
      url: parts.url || undefined,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const part = String(issue.path[0] ?? "name") as SignpostPart;
        errors[signpostField(row, SIGNPOST_PARTS.includes(part) ? part : "name")] ??=
          `Help line ${row + 1}: ${issue.message}`;
      }
      continue;
    }
    links.push(parsed.data);
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const checked = signpostingLinksSchema.safeParse(links);
  if (!checked.success) {
    return { ok: false, errors: { [signpostField(firstRow ?? 0, "name")]: checked.error.issues[0]!.message } };
  }
  return { ok: true, value: checked.data };
}

/** The value typed into one setting's form, checked by the setting's schema. */
export function parseSettingForm(name: SettingName, fields: Record<string, unknown>): Parsed<SettingUpdate> {
  const text = (field: string) => (typeof fields[field] === "string" ? (fields[field] as string) : "");
  const wrap = <Name extends SettingName>(
    settingName: Name,
    parsed: Parsed<SettingValue<Name>>,
  ): Parsed<SettingUpdate> =>
    parsed.ok ? { ok: true, value: { name: settingName, value: parsed.value } as SettingUpdate } : parsed;
  if (isNumberSetting(name)) return wrap(name, parseWholeNumber(name, text(settingField(name))));
  if (isLineSetting(name)) return wrap(name, parseLines(name, text(settingField(name))));
  return wrap("signpostingLinks", parseSignpostingRows(fields));
}

/**
 * The generic settings form: a hidden `setting` names which one, and its field (or rows) carry the value. A
 * forged name is refused as a whole-form error; anything else as the setting's own field errors.
 */
export const saveSettingSchema = z.record(z.string(), z.unknown()).transform((fields, context): SettingUpdate => {
  const name = fields.setting;
  if (!isSettingName(name)) {
    context.addIssue({ code: "custom", path: ["form"], message: "Choose a setting to save. Reload the page." });
    return z.NEVER;
  }
  const parsed = parseSettingForm(name, fields);
  if (!parsed.ok) {
    for (const [field, message] of Object.entries(parsed.errors)) {
      context.addIssue({ code: "custom", path: [field], message });
    }
    return z.NEVER;
  }
  return parsed.value;
});

// Bank holidays: a GOV.UK date input (day, month, year) and a name. A date is a calendar day, stored as midnight
// UTC as a `date` column is read. Years outside these are a typing mistake ("2207"), not a holiday.
const EARLIEST_YEAR = 2000;
const LATEST_YEAR = 2100;
const BANK_HOLIDAY_NAME = "Enter the name of the bank holiday, like Christmas Day";

export const addBankHolidaySchema = z
  .object({
    holidayDateDay: plainText().trim().max(4).default(""),
    holidayDateMonth: plainText().trim().max(4).default(""),
    holidayDateYear: plainText().trim().max(4).default(""),
    holidayName: plainText({ error: BANK_HOLIDAY_NAME })
      .trim()
      .min(1, BANK_HOLIDAY_NAME)
      .max(100, "The name must be 100 characters or fewer"),
  })
  .transform((input, context) => {
    const parsed = dateFromParts(
      { day: input.holidayDateDay, month: input.holidayDateMonth, year: input.holidayDateYear },
      "The date of the bank holiday",
    );
    if ("error" in parsed) {
      context.addIssue({ code: "custom", path: ["holidayDate"], message: parsed.error });
      return z.NEVER;
    }
    const date = londonCalendarDay(parsed.date);
    const year = date.getUTCFullYear();
    if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
      context.addIssue({
        code: "custom",
        path: ["holidayDate"],
        message: `The date of the bank holiday must be between ${EARLIEST_YEAR} and ${LATEST_YEAR}`,
      });
      return z.NEVER;
    }
    return { date, name: input.holidayName };
  });
export type AddBankHolidayInput = z.output<typeof addBankHolidaySchema>;

/** A listed bank holiday's date, as the remove button sends it (yyyy-mm-dd). */
export const removeBankHolidaySchema = z.object({
  date: z.iso.date().transform((text) => new Date(`${text}T00:00:00Z`)),
});
export type RemoveBankHolidayInput = z.output<typeof removeBankHolidaySchema>;

/** The success banner's words: which setting, and what it is now (or that it already was). */
export function savedMessage(update: SettingUpdate, changed: boolean): string {
  const { label } = SETTINGS[update.name];
  const unit = isNumberSetting(update.name) && UNITS[update.name] ? ` ${UNITS[update.name]}` : "";
  const now = typeof update.value === "number" ? ` It is ${update.value}${unit}.` : "";
  return changed ? `${label} saved.${now}` : `${label} not changed: it was already set to that.${now}`;
}
