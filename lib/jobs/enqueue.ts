import "server-only";
import PgBoss from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";
import { JOBS_SCHEMA, QUEUES, type JobPayload, type QueueName } from "./queues";

type Transaction = Prisma.TransactionClient;

// Sending opens no connection of its own: pg-boss writes each job through the caller's transaction.
const sender = new PgBoss({
  schema: JOBS_SCHEMA,
  db: {
    executeSql: () =>
      Promise.reject(new Error("Jobs are enqueued inside the transaction of the write that causes them.")),
  },
});

/** Parameters as node-postgres would send them: Prisma's raw queries take no undefined and no plain objects. */
function asParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === "object" && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}

/** pg-boss's database interface over a Prisma interactive transaction. */
function throughTransaction(tx: Transaction): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      return { rows: await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...values.map(asParameter)) };
    },
  };
}

/**
 * Queues a job in the transaction of the write that causes it: if that write rolls back, no job exists;
 * once it commits, the job is run by a worker however the request ends. Pass `db` itself only when the
 * job is the one thing written. Returns the job's id.
 */
export async function enqueue<N extends QueueName>(tx: Transaction, name: N, payload: JobPayload<N>): Promise<string> {
  const data = (QUEUES[name].payload as unknown as { parse(input: unknown): JobPayload<N> }).parse(payload);
  const id = await sender.send(name, data, { db: throughTransaction(tx) });
  if (!id) throw new Error(`The job queue "${name}" does not exist in this database: run npm run db:migrate.`);
  return id;
}

/** Forgets mail for an address that is queued, failed or kept as sent (when its account is deleted). */
export async function discardMailTo(tx: Transaction, address: string): Promise<void> {
  await tx.$executeRawUnsafe(`DELETE FROM ${JOBS_SCHEMA}.job WHERE name = 'send-mail' AND data->>'to' = $1`, address);
  await tx.$executeRawUnsafe(
    `DELETE FROM ${JOBS_SCHEMA}.archive WHERE name = 'send-mail' AND data->>'to' = $1`,
    address,
  );
}
