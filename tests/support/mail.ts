import { db } from "@/lib/db";

/** The newest captured mail to an address, and the first link in it. */
export async function latestMailTo(to: string) {
  const mail = await db.capturedMail.findFirst({ where: { toAddress: to }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  if (!mail) return null;
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0] ?? null;
  return { ...mail, link, token: link ? new URL(link).searchParams.get("token") : null };
}

export function mailCount(to: string) {
  return db.capturedMail.count({ where: { toAddress: to } });
}
