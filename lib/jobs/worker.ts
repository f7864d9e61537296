import "server-only";
import PgBoss from "pg-boss";
import { handlers } from "./handlers";
import { bossSettings, QUEUE_NAMES, QUEUES, type JobPayload, type QueueName } from "./queues";

export interface JobWorker {
  /** Stops fetching, waits a little for jobs in hand, and closes the worker's connections. */
  stop(): Promise<void>;
}

/** Error text fit for a log: no email address and no link (links carry tokens). */
export function describeForLog(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/https?:\/\/\S+/g, "[link]").replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, "[address]");
}

function payloadSchema<N extends QueueName>(name: N): { parse(input: unknown): JobPayload<N> } {
  return QUEUES[name].payload as unknown as { parse(input: unknown): JobPayload<N> };
}

/**
 * Runs one job with its queue's handler; what the worker and the tests' drainJobs() both call. Logs a
 * failure with the job's id and whether it will be retried, then rethrows so that pg-boss records it.
 */
export async function runJob<N extends QueueName>(name: N, job: PgBoss.JobWithMetadata<unknown>): Promise<void> {
  try {
    await handlers[name](payloadSchema(name).parse(job.data));
  } catch (error) {
    const outcome =
      job.retryCount >= job.retryLimit
        ? `failed after ${job.retryCount + 1} tries and is now marked failed`
        : `failed (try ${job.retryCount + 1} of ${job.retryLimit + 1}) and will be retried`;
    console.error(`jobs: ${name} job ${job.id} ${outcome}: ${describeForLog(error)}`);
    throw error;
  }
}

/**
 * Starts a worker on DATABASE_URL: it polls every queue, runs one job at a time per queue, and lets pg-boss
 * retry, back off and mark failures. Any number of workers may share a database: each job is taken by one
 * (SELECT … FOR UPDATE SKIP LOCKED). It also does pg-boss's upkeep: failing jobs that outran their time
 * (a worker that died mid-job) so they are retried, and archiving and deleting old jobs.
 */
export async function startWorker(
  options: { connectionString?: string; pollingIntervalSeconds?: number } = {},
): Promise<JobWorker> {
  const connectionString = options.connectionString ?? process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  // `schedule: true` makes this worker one of those that turn the schedules (the daily digest) into jobs.
  const boss = new PgBoss({ ...bossSettings(connectionString), max: 3, migrate: false, schedule: true });
  boss.on("error", (error) => console.error(`jobs: ${describeForLog(error)}`));
  try {
    await boss.start();
  } catch (error) {
    throw new Error(`The job worker could not start (${describeForLog(error)}). Run npm run db:migrate first.`);
  }
  for (const name of QUEUE_NAMES) {
    await boss.work(
      name,
      { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 },
      async ([job]) => {
        if (job) await runJob(name, job);
      },
    );
  }
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}

/** Whether the Next.js server runs a worker itself; JOBS_IN_PROCESS=off when workers run apart (npm run worker). */
export function isInProcessWorkerEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.JOBS_IN_PROCESS !== "off" && env.NEXT_PHASE !== "phase-production-build";
}

const globalForJobs = globalThis as unknown as { jobWorker?: Promise<JobWorker | null> };

/** Starts the in-process worker once per process (instrumentation.ts), and stops it with the process. */
export function startInProcessWorker(): Promise<JobWorker | null> {
  globalForJobs.jobWorker ??= (async () => {
    if (!isInProcessWorkerEnabled()) return null;
    const worker = await startWorker();
    const stop = () => void worker.stop().catch((error) => console.error(`jobs: ${describeForLog(error)}`));
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
    console.log("jobs: the in-process worker is running (JOBS_IN_PROCESS=off turns it off)");
    return worker;
  })();
  return globalForJobs.jobWorker;
}
