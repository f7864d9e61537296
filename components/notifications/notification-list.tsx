import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { FormAction } from "@/lib/form-state";
import type { PortalNotification } from "@/lib/notifications/queries";
import { OpenNotificationButton } from "./open-notification-button";

/**
 * A person's notifications, newest first. Unread ones say "Unread" in words (not colour alone) and open
 * through a button that marks them read; read ones are plain links to the place they are about.
 */
export function NotificationList({
  notifications,
  openAction,
}: {
  notifications: PortalNotification[];
  openAction: FormAction;
}) {
  return (
    <ul aria-label="Your notifications" className="border-t border-line">
      {notifications.map((n) => (
        <li key={n.id} className={`border-b border-line py-4 ${n.read ? "" : "border-l-4 border-l-brand pl-3"}`}>
          {n.read ? null : (
            <p className="mb-1">
              <strong className="inline-block border border-brand px-2 py-0.5 text-base text-brand">Unread</strong>
            </p>
          )}
          {n.read ? (
            <Link href={n.href} className="break-words">
              {n.message}
            </Link>
          ) : (
            <OpenNotificationButton action={openAction} notificationId={n.id}>
              <span className="break-words">{n.message}</span>
            </OpenNotificationButton>
          )}
          <p className="mt-1 text-base text-muted">
            <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
