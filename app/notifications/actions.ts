"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/pipeline";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/service";

/**
 * Opens a notification: marks it read, then goes to the place it is about. A POST (a form's button), never a
 * link, so nothing a browser prefetches can mark anything read.
 */
export const openNotificationAction = defineFormAction({
  schema: z.object({ notificationId: z.uuid({ error: "We could not find that notification." }) }),
  hiddenFields: { notificationId: "We could not find that notification." },
  async run(actor, { notificationId }) {
    const { href } = await markNotificationRead(actor, notificationId);
    // The header's unread count is on every page.
    revalidatePath("/", "layout");
    return { redirectTo: href };
  },
});

export const markAllNotificationsReadAction = defineFormAction({
  schema: z.object({}),
  async run(actor) {
    await markAllNotificationsRead(actor);
    revalidatePath("/", "layout");
    return { redirectTo: "/notifications?marked=all" };
  },
});
