import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

// Every argon2 operation (about 19 MiB and tens of milliseconds of one core) waits for a slot here, so a flood
// of sign-in, sign-up or reset requests queues instead of taking every core from the pages. Per process on
// purpose: it guards this process's CPU; the limits that must hold across instances are in lib/rate-limit.ts.
// Default: half the cores, at least one (one on the 2-core server). HASH_CONCURRENCY overrides it.
const HASH_SLOTS = Math.max(1, Number(process.env.HASH_CONCURRENCY) || Math.floor(availableParallelism() / 2));
// The share of a core each slot may keep busy: after an operation that took d ms a slot rests d × (1/share − 1) ms
// before the next one, so even an endless queue leaves the pages most of the CPU. HASH_CPU_SHARE overrides it.
const HASH_CPU_SHARE = Math.min(1, Math.max(0.1, Number(process.env.HASH_CPU_SHARE) || 0.5));
let busySlots = 0;
const waiting: (() => void)[] = [];

/** How many argon2 operations this process has run, so tests can prove a path never hashed. */
export const hashingStats = { operations: 0, running: 0, peak: 0 };
export const HASH_CONCURRENCY = HASH_SLOTS;

function releaseSlot(): void {
  // Hand the slot straight to the next waiter (busySlots unchanged), or free it.
  const next = waiting.shift();
  if (next) next();
  else busySlots -= 1;
}

async function inHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (busySlots >= HASH_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  else busySlots += 1;
  const started = performance.now();
  try {
    hashingStats.operations += 1;
    hashingStats.running += 1;
    hashingStats.peak = Math.max(hashingStats.peak, hashingStats.running);
    return await work();
  } finally {
    hashingStats.running -= 1;
    // The caller has its answer now; the slot rests before the next operation may use it.
    const rest = (performance.now() - started) * (1 / HASH_CPU_SHARE - 1);
    if (rest > 0) setTimeout(releaseSlot, rest);
    else releaseSlot();
  }
}

// argon2id with the library's defaults (m=19 MiB, t=2, p=1), OWASP's recommended minimum.
export function hashPassword(password: string): Promise<string> {
  return inHashSlot(() => hash(password));
}

// A fixed hash verified when there is no account, so a wrong email costs the same time as a wrong password.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$2zgMhzFnSeLw31qFv/ocSg$O5eAZGVcfXHQVoWEkjCGTl5lluhMeN4U9u4g7aJk0mc";

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    const ok = await inHashSlot(() => verify(passwordHash ?? DUMMY_HASH, password));
    return ok && Boolean(passwordHash);
  } catch {
    return false;
  }
}

/** Spends the time of one hash, for paths that must look like they created an account. */
export async function spendHashTime(password: string): Promise<void> {
  await hashPassword(password);
}

const COMMON = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

/** True for passwords on a public list of the most used (about 49,000 from breaches). */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return COMMON.has(lower) || COMMON.has(lower.replace(/[0-9!?.]+$/, ""));
}

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
