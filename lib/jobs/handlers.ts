import "server-only";
import { publishEndedEvents } from "@/lib/event-console/publication";
import { sendDueDeliveryChecks } from "@/lib/delivery-checks/send";
import { sendMail } from "@/lib/mail/mailer";
import { refreshOpenDataFiles } from "@/lib/open-data/downloads/refresh";
import { deliverNotificationEmails } from "@/lib/notifications/email/deliver";
import { sendDailyDigests } from "@/lib/notifications/email/digest";
import { refreshPrioritiesSnapshots } from "@/lib/priorities/refresh";
import { deleteExpiredParticipants } from "@/lib/room/retention";
import { sendSafeguardingAlert } from "@/lib/safeguarding/alert";
import { deleteExpiredSecurityEvents } from "@/lib/security-events/retention";
import type { JobPayload, QueueName } from "./queues";

/** What running a job of each queue does. A handler that throws has its job retried, then marked failed. */
export const handlers: { [N in QueueName]: (payload: JobPayload<N>) => Promise<void> } = {
  "send-mail": (mail) => sendMail(mail),
  "notification-mail": ({ eventId }) => deliverNotificationEmails(eventId),
  "email-digest": async () => {
    await sendDailyDigests(new Date());
  },
  "safeguarding-alert": ({ concernId }) => sendSafeguardingAlert(concernId),
  "security-event-retention": async () => {
    await deleteExpiredSecurityEvents();
  },
  "refresh-priorities": async () => {
    await refreshPrioritiesSnapshots(new Date());
  },
  "send-delivery-checks": async () => {
    await sendDueDeliveryChecks(new Date());
  },
  "regenerate-open-data": async () => {
    await refreshOpenDataFiles(new Date());
  },
  "event-participant-retention": async () => {
    await deleteExpiredParticipants();
  },
  "publish-ended-events": async () => {
    await publishEndedEvents(new Date());
  },
};
