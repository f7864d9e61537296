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
  browserHash: string | null = null,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.oneTimeToken.create({
    data: {
      tokenHash: hashToken(token),
      purpose,
      userId,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
      browserHash,
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
): Promise<{ userId: string; purpose: TokenPurpose; browserHash: string | null } | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const rows = await db.$queryRaw<{ user_id: string; purpose: TokenPurpose; browser_hash: string | null }[]>`
    UPDATE one_time_token SET used_at = now()
    WHERE token_hash = ${hashToken(token)} AND used_at IS NULL AND expires_at > now()
      AND purpose::text = ANY(${purposes as string[]})
    RETURNING user_id, purpose, browser_hash`;
  const row = rows[0];
  return row ? { userId: row.user_id, purpose: row.purpose, browserHash: row.browser_hash } : null;
}

/**
 * Reads, without using it, which account a still-valid token belongs to: the confirmation pages say whose
 * account the button signs in to (a forwarded link would otherwise sign the reader in as someone else), and a
 * mail scanner that opens the page must not use the link up.
 */
export async function peekToken(token: string, purposes: readonly TokenPurpose[]): Promise<{ email: string } | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await db.oneTimeToken.findFirst({
    where: {
      tokenHash: hashToken(token),
      usedAt: null,
      expiresAt: { gt: new Date() },
      purpose: { in: [...purposes] },
      user: { status: { not: "deleted" } },
    },
    select: { user: { select: { email: true } } },
  });
  return row?.user.email ? { email: row.user.email } : null;
}
