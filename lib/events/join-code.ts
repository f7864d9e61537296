import { randomInt } from "node:crypto";

/**
 * Join codes are read off a projector and typed on phones, so the alphabet leaves out look-alikes (0/O, 1/I/L,
 * 2/Z, 5/S, 8/B); a check on event.join_code keeps the same shape. 25^6 ≈ 244 million codes: with the join rate
 * limit (lib/rate-limit.ts) nobody can find a live event by guessing.
 */
export const JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

const asTyped = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, "");

/** What a person typed, as stored: upper case, without spaces or dashes; null if it cannot be a join code. */
export function normaliseJoinCode(typed: string): string | null {
  const code = asTyped(typed);
  const shape = new RegExp(`^[${JOIN_CODE_ALPHABET}]{6,12}$`);
  return shape.test(code) ? code : null;
}

/**
 * Whether what was typed is shaped like a join code (6 to 12 letters and numbers) though it cannot be one (it has a
 * letter or number codes leave out, such as O or 0): a code mistyped, so the person is told no event has it, not
 * what a code looks like (which is what they typed).
 */
export function shapedLikeJoinCode(typed: string): boolean {
  return /^[A-Z0-9]{6,12}$/.test(asTyped(typed));
}
