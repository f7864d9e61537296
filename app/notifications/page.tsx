import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountActionButton } from "@/components/accounts/account-action-button";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { NotificationList } from "@/components/notifications/notification-list";
import { getActor } from "@/lib/auth/actor";
import { plural } from "@/lib/format";
import { listNotifications } from "@/lib/notifications/queries";
import { markAllNotificationsReadAction, openNotificationAction } from "./actions";

export const metadata = { title: "Notifications" };

type Props = { searchParams: Promise<{ after?: string; marked?: string }> };

export default async function NotificationsPage({ searchParams }: Props) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/notifications");
  const { after, marked } = await searchParams;
  const cursor = typeof after === "string" ? after : undefined;
  const page = await listNotifications(actor.id, cursor);
  const unread = actor.unreadNotifications;
  return (
    <div className="max-w-2xl">
      {marked === "all" && unread === 0 ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">All your notifications are marked as read.</p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-4 text-4xl">Notifications</h1>
      <p className="mb-6">
        We tell you here when something happens to a question you asked or follow, or when someone replies to your
        comment. {unread ? `You have ${plural(unread, "unread notification")}.` : "You have no unread notifications."}
      </p>
      {unread ? (
        <div className="mb-8">
          <AccountActionButton action={markAllNotificationsReadAction} variant="secondary">
            Mark all as read
          </AccountActionButton>
        </div>
      ) : null}
      {page.items.length ? (
        <NotificationList notifications={page.items} openAction={openNotificationAction} />
      ) : (
        <p>
          You have no notifications yet. <Link href="/questions">Follow a question</Link> to hear when it changes.
        </p>
      )}
      <nav aria-label="Pages of notifications" className="mt-8 flex flex-wrap gap-6">
        {cursor ? <Link href="/notifications">First page</Link> : null}
        {page.next ? (
          <Link href={`/notifications?after=${encodeURIComponent(page.next)}`} rel="next">
            Next page<span className="sr-only"> of notifications</span>
          </Link>
        ) : null}
      </nav>
      <p className="mt-8">
        <Link href="/account">Back to your account</Link>
      </p>
    </div>
  );
}
