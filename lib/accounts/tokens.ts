import { createHash, randomBytes } from "node:crypto";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { TOKEN_LIFETIME_MS, TOKEN_PATTERN } from "./token-rules";

// Emailed links carry a random token; only its SHA-256 is stored, so a database leak yields no usable link.

export { TOKEN_LIFETIME_MS } from "./token-rules";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function issueToken(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.oneTimeToken.create({
    data: {
      tokenHash: hashToken(token),
      purpose,
      userId,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    },
  });
  return token;
}

/**
 * Uses a token once: a single UPDATE marks it used only if it is unused and unexpired, so two requests
 * racing with the same link cannot both succeed. Returns the user it belongs to, or null.
 */
export async function consumeToken(
  token: string,
  purposes: readonly TokenPurpose[],
): Promise<{ userId: string; purpose: TokenPurpose } | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const rows = await db.$queryRaw<{ user_id: string; purpose: TokenPurpose }[]>`
    UPDATE one_time_token SET used_at = now()
    WHERE token_hash = ${hashToken(token)} AND used_at IS NULL AND expires_at > now()
      AND purpose::text = ANY(${purposes as string[]})
    RETURNING user_id, purpose`;
  const row = rows[0];
  return row ? { userId: row.user_id, purpose: row.purpose } : null;
}
