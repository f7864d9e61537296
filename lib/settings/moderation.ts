import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The moderation settings (admins change them in "Administration"): each key, its check and its default.
// Getters take the caller's transaction, so a write reads the setting with the rows it changes.

/** How many of an author's posts must have been approved before theirs publish at once. */
export const FIRST_POSTS_KEY = "first_post_screening_count";
export const DEFAULT_FIRST_POSTS = 1;
const firstPostsSchema = z.number().int().min(0).max(50);

/** How many different people reporting a published post hide it at once, until a moderator looks. */
export const FLAG_THRESHOLD_KEY = "flag_threshold";
export const DEFAULT_FLAG_THRESHOLD = 3;
const flagThresholdSchema = z.number().int().min(1).max(100);

/** The portal's own blocked words, added to the library's English list (lib/moderation/screening). */
export const BLOCKED_WORDS_KEY = "blocked_words";
const blockedWordsSchema = z.array(z.string().trim().min(2).max(60)).max(2000);

/** What a moderator and the admins must do about a safeguarding concern, shown on its pages. */
export const SAFEGUARDING_STEPS_KEY = "safeguarding_steps";
export const DEFAULT_SAFEGUARDING_STEPS = [
  "If anyone is in immediate danger, call 999 now.",
  "Do not contact the person who wrote the post, and do not ask them questions about what they wrote.",
  "Tell the CSES designated safeguarding lead the same day, by phone, and give them the concern's reference.",
  "If the person is a child, the designated safeguarding lead refers it to the Essex Children and Families Hub; if an adult, to Essex Adult Social Care.",
  "Write down what you did and when, and close the concern with that note once it has been passed on.",
];
const safeguardingStepsSchema = z.array(z.string().trim().min(1).max(500)).min(1).max(20);

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
