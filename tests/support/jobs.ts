// Runs queued jobs in the test's own process, through pg-boss and with the real handlers, until none is left
// that may run now (a retry waiting out its delay stays queued).
import PgBoss from "pg-boss";
import { bossSettings, QUEUE_NAMES } from "@/lib/jobs/queues";
import { runJob } from "@/lib/jobs/worker";

/** A pg-boss client on the test's database that runs no worker and no upkeep of its own. */
export async function withBoss<T>(work: (boss: PgBoss) => Promise<T>): Promise<T> {
  const boss = new PgBoss({
    ...bossSettings(process.env.DATABASE_URL!),
    max: 2,
    migrate: false,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  try {
    return await work(boss);
  } finally {
    await boss.stop({ graceful: false });
  }
}

/** Runs jobs until the queues are empty; returns how many ran. */
export function drainJobs(): Promise<number> {
  return withBoss(async (boss) => {
    let ran = 0;
    for (;;) {
      let fetched = 0;
      for (const name of QUEUE_NAMES) {
        const [job] = await boss.fetch<unknown>(name, { includeMetadata: true });
        if (!job) continue;
        fetched += 1;
        try {
          await runJob(name, job);
          await boss.complete(name, job.id);
        } catch (error) {
          await boss.fail(name, job.id, error as object);
        }
      }
      ran += fetched;
      if (fetched === 0) return ran;
    }
  });
}
