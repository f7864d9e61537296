import { z } from "zod";
import { DEFAULT_RESPONSE_WORKING_DAYS } from "@/lib/triage/working-days";
import { DEFAULT_SIGNPOSTING_LINKS, SIGNPOSTING_LINKS_KEY, signpostingLinksSchema } from "./signposting";

// The one registry of the settings an administrator changes at /admin/settings: each key, the check a stored value
// must pass, its default, and the name the page and the audit log call it by. The getters (moderation.ts,
// queries.ts, security.ts), the service that saves them and the page all read a setting through its entry here, so
// none can accept a value another would refuse. Pure (no database): the form parsing is unit-tested from it.

export interface SettingDefinition<Schema extends z.ZodType = z.ZodType> {
  /** The row's key in the `setting` table, and the audit row's target id. */
  key: string;
  /** What the page and its banners call it ("Flag threshold"). */
  label: string;
  /** A stored value that fails it is ignored: the getter falls back to `defaultValue`. */
  schema: Schema;
  defaultValue: z.output<Schema>;
}

// A whole number of working days, at most about six months: a larger value is a typing mistake, not a target.
export const responseTargetSchema = z.number().int().min(1).max(130);
export const firstPostsSchema = z.number().int().min(0).max(50);
export const flagThresholdSchema = z.number().int().min(1).max(100);
export const blockedWordsSchema = z.array(z.string().trim().min(2).max(60)).max(2000);
export const safeguardingStepsSchema = z.array(z.string().trim().min(1).max(500)).min(1).max(20);
// At least a week (an incident needs looking back on); at most about two years (data minimisation).
export const securityEventRetentionSchema = z.number().int().min(7).max(730);
// At least a week (time to see the change on the ground); at most a year (people forget what was promised).
export const deliveryCheckDelaySchema = z.number().int().min(7).max(365);
// At least a day (a facilitator may still need the room's list); at most a year (ICO children's code: the least
// data, kept the shortest time).
export const eventParticipantRetentionSchema = z.number().int().min(1).max(365);

export const DEFAULT_SAFEGUARDING_STEPS = [
  "If anyone is in immediate danger, call 999 now.",
  "Do not contact the person who wrote the post, and do not ask them questions about what they wrote.",
  "Tell the CSES designated safeguarding lead the same day, by phone, and give them the concern's reference.",
  "If the person is a child, the designated safeguarding lead refers it to the Essex Children and Families Hub; if an adult, to Essex Adult Social Care.",
  "Write down what you did and when, and close the concern with that note once it has been passed on.",
];

/** Types one entry, so its default is checked against its schema's output (and not kept as a literal type). */
function defineSetting<Schema extends z.ZodType>(definition: SettingDefinition<Schema>): SettingDefinition<Schema> {
  return definition;
}

export const SETTINGS = {
  responseTarget: defineSetting({
    key: "response_target_working_days",
    label: "Response target",
    schema: responseTargetSchema,
    defaultValue: DEFAULT_RESPONSE_WORKING_DAYS,
  }),
  flagThreshold: defineSetting({
    key: "flag_threshold",
    label: "Flag threshold",
    schema: flagThresholdSchema,
    defaultValue: 3,
  }),
  firstPostScreening: defineSetting({
    key: "first_post_screening_count",
    label: "First-post screening count",
    schema: firstPostsSchema,
    defaultValue: 1,
  }),
  blockedWords: defineSetting({
    key: "blocked_words",
    label: "Blocked words",
    schema: blockedWordsSchema,
    defaultValue: [],
  }),
  safeguardingSteps: defineSetting({
    key: "safeguarding_steps",
    label: "Safeguarding steps",
    schema: safeguardingStepsSchema,
    defaultValue: DEFAULT_SAFEGUARDING_STEPS,
  }),
  signpostingLinks: defineSetting({
    key: SIGNPOSTING_LINKS_KEY,
    label: "Signposting links",
    schema: signpostingLinksSchema,
    defaultValue: DEFAULT_SIGNPOSTING_LINKS,
  }),
  securityEventRetention: defineSetting({
    key: "security_event_retention_days",
    label: "Security event retention",
    schema: securityEventRetentionSchema,
    defaultValue: 180,
  }),
  deliveryCheckDelay: defineSetting({
    key: "delivery_check_delay_days",
    label: "Delivery check delay",
    schema: deliveryCheckDelaySchema,
    defaultValue: 28,
  }),
  eventParticipantRetention: defineSetting({
    key: "event_participant_retention_days",
    label: "Event participant retention",
    schema: eventParticipantRetentionSchema,
    defaultValue: 30,
  }),
};

export type SettingName = keyof typeof SETTINGS;
export type SettingValue<Name extends SettingName> = z.output<(typeof SETTINGS)[Name]["schema"]>;
/** One setting and a value for it: what a save carries. */
export type SettingUpdate = { [Name in SettingName]: { name: Name; value: SettingValue<Name> } }[SettingName];

export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

export function isSettingName(name: unknown): name is SettingName {
  return typeof name === "string" && Object.hasOwn(SETTINGS, name);
}

/** The stored value if it passes the setting's check, else its default (unset, or saved by an older release). */
export function settingValueOf<Name extends SettingName>(name: Name, stored: unknown): SettingValue<Name> {
  const definition: SettingDefinition = SETTINGS[name];
  const parsed = definition.schema.safeParse(stored);
  return (parsed.success ? parsed.data : definition.defaultValue) as SettingValue<Name>;
}
