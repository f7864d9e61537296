import "server-only";
import { db } from "@/lib/db";
import { peekToken } from "./tokens";

/** Which account a still-valid emailed sign-in or confirmation link belongs to, without using the link. */
export function accountOfLink(token: string): Promise<{ email: string } | null> {
  return peekToken(token, ["sign_in", "email_verification"]);
}

/** Whether the person has a password (one chosen at sign-up is cleared when confirmed from another browser). */
export async function hasPassword(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
