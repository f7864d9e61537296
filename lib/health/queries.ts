import "server-only";
import { db } from "@/lib/db";

export async function isDatabaseReachable(timeoutMs = 3000): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  const query = db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  return Promise.race([query, timeout]);
}
