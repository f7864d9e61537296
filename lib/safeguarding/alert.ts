import "server-only";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { enqueue } from "@/lib/jobs/enqueue";
import { safeguardingAlertMail } from "@/lib/mail/safeguarding-alert";
import { appUrl } from "@/lib/mail/templates";

/**
 * The "safeguarding-alert" job: one mail to every active admin with a confirmed address (but the one who raised
 * the concern), each its own "send-mail" job queued in one transaction, so a mail server that is down delays
 * only the sending, which is retried. A concern that no longer exists sends nothing.
 */
export async function sendSafeguardingAlert(concernId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const concern = await tx.safeguardingConcern.findUnique({
      where: { id: concernId },
      select: { id: true, raisedById: true, createdAt: true },
    });
    if (!concern) return;
    const admins = await tx.user.findMany({
      where: {
        platformRole: "admin",
        status: "active",
        email: { not: null },
        emailVerifiedAt: { not: null },
        id: { not: concern.raisedById },
      },
      select: { email: true },
    });
    const url = appUrl(`/admin/safeguarding/${concern.id}`);
    for (const admin of admins) {
      await enqueue(tx, "send-mail", safeguardingAlertMail(admin.email!, url, formatDateTime(concern.createdAt)));
    }
  });
}
