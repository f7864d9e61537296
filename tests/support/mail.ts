import { db } from "@/lib/db";
import { drainJobs } from "./jobs";

/** The newest captured mail to an address, and the first link in it, once every queued mail is sent. */
export async function latestMailTo(to: string) {
  await drainJobs();
  const mail = await db.capturedMail.findFirst({
    where: { toAddress: to },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  if (!mail) return null;
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0] ?? null;
  return { ...mail, link, token: link ? new URL(link).searchParams.get("token") : null };
}

export async function mailCount(to: string) {
  await drainJobs();
  return db.capturedMail.count({ where: { toAddress: to } });
}
