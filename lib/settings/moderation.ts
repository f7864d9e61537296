import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  blockedWordsSchema,
  DEFAULT_SAFEGUARDING_STEPS,
  firstPostsSchema,
  flagThresholdSchema,
  safeguardingStepsSchema,
  SETTINGS,
} from "./definitions";

// The moderation settings (admins change them in "Administration"): each key, its check and its default, from the
// one registry (definitions.ts). Getters take the caller's transaction, so a write reads the setting with the rows
// it changes.

/** How many of an author's posts must have been approved before theirs publish at once. */
export const FIRST_POSTS_KEY = SETTINGS.firstPostScreening.key;
export const DEFAULT_FIRST_POSTS = SETTINGS.firstPostScreening.defaultValue;
export { firstPostsSchema };

/** How many different people reporting a published post hide it at once, until a moderator looks. */
export const FLAG_THRESHOLD_KEY = SETTINGS.flagThreshold.key;
export const DEFAULT_FLAG_THRESHOLD = SETTINGS.flagThreshold.defaultValue;
export { flagThresholdSchema };

/** The portal's own blocked words, added to the library's English list (lib/moderation/screening). */
export const BLOCKED_WORDS_KEY = SETTINGS.blockedWords.key;
export { blockedWordsSchema };

/** What a moderator and the admins must do about a safeguarding concern, shown on its pages. */
export const SAFEGUARDING_STEPS_KEY = SETTINGS.safeguardingSteps.key;
export { DEFAULT_SAFEGUARDING_STEPS, safeguardingStepsSchema };

async function readSetting<T>(client: Prisma.TransactionClient, key: string, schema: z.ZodType<T>, fallback: T) {
  const setting = await client.setting.findUnique({ where: { key }, select: { value: true } });
  const parsed = schema.safeParse(setting?.value);
  return parsed.success ? parsed.data : fallback;
}

export function getFirstPostsScreened(client: Prisma.TransactionClient = db): Promise<number> {
  return readSetting(client, FIRST_POSTS_KEY, firstPostsSchema, DEFAULT_FIRST_POSTS);
}

export function getFlagThreshold(client: Prisma.TransactionClient = db): Promise<number> {
  return readSetting(client, FLAG_THRESHOLD_KEY, flagThresholdSchema, DEFAULT_FLAG_THRESHOLD);
}

export function getBlockedWords(client: Prisma.TransactionClient = db): Promise<string[]> {
  return readSetting(client, BLOCKED_WORDS_KEY, blockedWordsSchema, []);
}

export function getSafeguardingSteps(client: Prisma.TransactionClient = db): Promise<string[]> {
  return readSetting(client, SAFEGUARDING_STEPS_KEY, safeguardingStepsSchema, DEFAULT_SAFEGUARDING_STEPS);
}
