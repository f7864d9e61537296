// Installs pg-boss's tables and the app's queues: part of migrating (scripts/lib/migrations.ts), so they
// exist before any request enqueues a job, in development, tests and production alike.
//
// pg-boss installs its own schema rather than a Prisma migration holding a copy of its construction SQL:
// it records its schema version in pgboss.version and carries the upgrade steps between versions, so a
// pg-boss upgrade needs no hand-copied SQL, and it holds an advisory lock while it installs, so two
// migrators at once are safe. Queues are made through its API (a row and a partition each); creating
// one that exists does nothing, and its retry settings are then brought up to date.
import PgBoss from "pg-boss";
import {
  bossSettings,
  DAILY_DIGEST_SCHEDULE,
  DELIVERY_CHECKS_SCHEDULE,
  EVENT_PARTICIPANT_RETENTION_SCHEDULE,
  OPEN_DATA_SCHEDULE,
  PUBLISH_ENDED_EVENTS_SCHEDULE,
  PRIORITIES_REFRESH_SCHEDULE,
  QUEUES,
  SECURITY_EVENT_RETENTION_SCHEDULE,
} from "./queues";

export async function installJobQueues(connectionString: string): Promise<void> {
  const boss = new PgBoss({
    ...bossSettings(connectionString),
    max: 1,
    migrate: true,
    supervise: false,
    schedule: false,
  });
  let failure: unknown;
  boss.on("error", (error) => (failure ??= error));
  await boss.start();
  try {
    for (const [name, { options }] of Object.entries(QUEUES)) {
      await boss.createQueue(name, { name, ...options });
      await boss.updateQueue(name, { name, ...options });
    }
    // A schedule is a row (one per queue, replaced when it changes); workers started with `schedule: true`
    // turn it into a job at the time, one job whatever the number of workers (pg-boss's singleton key).
    await boss.schedule(DAILY_DIGEST_SCHEDULE.queue, DAILY_DIGEST_SCHEDULE.cron, {}, { tz: DAILY_DIGEST_SCHEDULE.tz });
    const retention = SECURITY_EVENT_RETENTION_SCHEDULE;
    await boss.schedule(retention.queue, retention.cron, {}, { tz: retention.tz });
    const priorities = PRIORITIES_REFRESH_SCHEDULE;
    await boss.schedule(priorities.queue, priorities.cron, {}, { tz: priorities.tz });
    const deliveryChecks = DELIVERY_CHECKS_SCHEDULE;
    await boss.schedule(deliveryChecks.queue, deliveryChecks.cron, {}, { tz: deliveryChecks.tz });
    await boss.schedule(OPEN_DATA_SCHEDULE.queue, OPEN_DATA_SCHEDULE.cron, {}, { tz: OPEN_DATA_SCHEDULE.tz });
    const participants = EVENT_PARTICIPANT_RETENTION_SCHEDULE;
    await boss.schedule(participants.queue, participants.cron, {}, { tz: participants.tz });
    const publication = PUBLISH_ENDED_EVENTS_SCHEDULE;
    await boss.schedule(publication.queue, publication.cron, {}, { tz: publication.tz });
  } finally {
    await boss.stop({ graceful: false });
  }
  if (failure) throw failure;
}
