// The job queues: what each queue's jobs carry (checked when enqueued and again when run) and how they are
// retried. Shared by the services that enqueue, the worker, and migrating (which creates the queues), so
// nothing here may import server-only code.
import type PgBoss from "pg-boss";
import { z } from "zod";

/** The PostgreSQL schema pg-boss keeps its tables in, beside the app's own in `public`. */
export const JOBS_SCHEMA = "pgboss";

// A job carries the rendered mail rather than a template name and its arguments: the worker then needs no
// template code, a retry sends exactly what was first composed, and a deploy that changes a template's
// arguments cannot break jobs already queued. The link inside is single-use and expires within a day,
// and the job rows holding it are removed soon after (see `bossSettings`).
const mail = z.object({
  to: z.string().min(3).max(254),
  subject: z.string().min(1).max(200),
  text: z.string().min(1),
  html: z.string(),
  // Extra headers, such as List-Unsubscribe and List-Unsubscribe-Post on activity email (RFC 8058).
  headers: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/), z.string().max(2000)).optional(),
});

interface QueueDefinition {
  payload: z.ZodType;
  options: Omit<PgBoss.Queue, "name">;
}

export const QUEUES = {
  "send-mail": {
    payload: mail,
    // Six tries over about ten minutes (10–20 s, then twice as long each time), each allowed a minute;
    // mail still queued after a day is dropped, as every link in it has expired by then.
    options: { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 60, retentionMinutes: 24 * 60 },
  },
  // One event's notifications, to email at once to those who chose so (lib/notifications/email).
  "notification-mail": {
    payload: z.object({ eventId: z.uuid() }),
    options: { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 120, retentionMinutes: 24 * 60 },
  },
  // The daily digest of activity email, started by a schedule (DAILY_DIGEST_SCHEDULE) on any number of workers;
  // the email_digest key keeps it to one mail per person per day however many runs there are.
  "email-digest": {
    payload: z.object({}),
    options: { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60, retentionMinutes: 24 * 60 },
  },
  // A safeguarding concern was raised: email every active admin at once (lib/safeguarding/alert.ts). The job
  // carries the concern's id only; the mail holds a link to it and nothing of the post.
  "safeguarding-alert": {
    payload: z.object({ concernId: z.uuid() }),
    options: { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 120, retentionMinutes: 24 * 60 },
  },
  // Deletes security events older than the retention setting, started daily by SECURITY_EVENT_RETENTION_SCHEDULE
  // (lib/security-events/retention.ts). Running it twice deletes nothing more, so a retry is safe.
  "security-event-retention": {
    payload: z.object({}),
    options: {
      retryLimit: 3,
      retryDelay: 300,
      retryBackoff: true,
      expireInSeconds: 30 * 60,
      retentionMinutes: 24 * 60,
    },
  },
  // Works out the priorities dashboard's preset periods again (lib/priorities/snapshots.ts), started every 10
  // minutes by PRIORITIES_REFRESH_SCHEDULE. Singleton: at most one runs at a time across all workers, and a run
  // that has not started by the next one is simply superseded (each run stores the figures as at its start).
  "refresh-priorities": {
    payload: z.object({}),
    options: {
      policy: "singleton",
      retryLimit: 1,
      retryDelay: 60,
      expireInSeconds: 9 * 60,
      retentionMinutes: 60,
    },
  },
  // Asks the supporters of commitments delivered long enough ago "Has this been delivered?" (lib/delivery-checks/
  // send.ts), started every hour by DELIVERY_CHECKS_SCHEDULE. Each commitment is sent once, under a lock on its
  // row, so runs that overlap (several workers, a retry) ask nobody twice.
  "send-delivery-checks": {
    payload: z.object({}),
    options: {
      retryLimit: 3,
      retryDelay: 300,
      retryBackoff: true,
      expireInSeconds: 30 * 60,
      retentionMinutes: 24 * 60,
    },
  },
  // Makes every bulk download again (lib/open-data/downloads), started every hour by OPEN_DATA_SCHEDULE. Singleton,
  // like refresh-priorities: one run at a time across all workers; each run replaces the whole set of files.
  "regenerate-open-data": {
    payload: z.object({}),
    options: {
      policy: "singleton",
      retryLimit: 2,
      retryDelay: 120,
      expireInSeconds: 30 * 60,
      retentionMinutes: 24 * 60,
    },
  },
  // Deletes the participants of events that ended longer ago than the retention setting, with their supports
  // (lib/room/retention.ts), started daily by EVENT_PARTICIPANT_RETENTION_SCHEDULE. Each event is cleared once,
  // under a lock on its row, so a retry or a second worker deletes nothing twice.
  "event-participant-retention": {
    payload: z.object({}),
    options: {
      retryLimit: 3,
      retryDelay: 300,
      retryBackoff: true,
      expireInSeconds: 30 * 60,
      retentionMinutes: 24 * 60,
    },
  },
  // Publishes the approved room questions of events that have ended (lib/event-console/publication.ts), started
  // every 5 minutes by PUBLISH_ENDED_EVENTS_SCHEDULE. Each event is published once, under a lock on its row and its
  // published_at, so overlapping runs and retries publish nothing twice.
  "publish-ended-events": {
    payload: z.object({}),
    options: {
      policy: "singleton",
      retryLimit: 3,
      retryDelay: 60,
      retryBackoff: true,
      expireInSeconds: 4 * 60,
      retentionMinutes: 24 * 60,
    },
  },
} as const satisfies Record<string, QueueDefinition>;

/** When the digest runs: every morning at seven, London time (pg-boss cron, kept in its schedule table). */
export const DAILY_DIGEST_SCHEDULE = { queue: "email-digest", cron: "0 7 * * *", tz: "Europe/London" } as const;

/** When old security events are deleted: every night at half past three, London time, when the site is quiet. */
export const SECURITY_EVENT_RETENTION_SCHEDULE = {
  queue: "security-event-retention",
  cron: "30 3 * * *",
  tz: "Europe/London",
} as const;

/** When the priorities dashboard's preset periods are worked out again: every 10 minutes. */
export const PRIORITIES_REFRESH_SCHEDULE = {
  queue: "refresh-priorities",
  cron: "*/10 * * * *",
  tz: "Europe/London",
} as const;

/** When due delivery checks are sent: every hour, at a quarter past. */
export const DELIVERY_CHECKS_SCHEDULE = {
  queue: "send-delivery-checks",
  cron: "15 * * * *",
  tz: "Europe/London",
} as const;

/** When the bulk downloads are made again: every hour, at twenty to. */
export const OPEN_DATA_SCHEDULE = {
  queue: "regenerate-open-data",
  cron: "40 * * * *",
  tz: "Europe/London",
} as const;

/** When event participants past the retention period are deleted: every night at a quarter to four, London time. */
export const EVENT_PARTICIPANT_RETENTION_SCHEDULE = {
  queue: "event-participant-retention",
  cron: "45 3 * * *",
  tz: "Europe/London",
} as const;

/** When ended events' questions are published: every 5 minutes, so they reach the partners soon after. */
export const PUBLISH_ENDED_EVENTS_SCHEDULE = {
  queue: "publish-ended-events",
  cron: "*/5 * * * *",
  tz: "Europe/London",
} as const;

export type QueueName = keyof typeof QUEUES;
export type JobPayload<N extends QueueName> = z.infer<(typeof QUEUES)[N]["payload"]>;
export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[];

/** Settings every pg-boss instance of the app shares: the worker, migrating, and tests. */
export function bossSettings(connectionString: string) {
  return {
    connectionString,
    schema: JOBS_SCHEMA,
    application_name: "my-smarter-essex-jobs",
    // Mail jobs hold addresses and links: a sent one is archived after an hour, and archived jobs are deleted
    // a day later. A failed one stays in the job table, visibly `failed`, for a week before that.
    archiveCompletedAfterSeconds: 60 * 60,
    archiveFailedAfterSeconds: 7 * 24 * 60 * 60,
    deleteAfterDays: 1,
  } satisfies PgBoss.ConstructorOptions;
}
