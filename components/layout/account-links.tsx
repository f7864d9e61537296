import Link from "next/link";

/** The header's account links: "Sign in", or notifications (with the unread count), "Your account" and sign-out. */
export function AccountLinks({
  signedIn,
  signOutAction,
  unreadNotifications = 0,
}: {
  signedIn: boolean;
  signOutAction: () => Promise<void>;
  /** The stored count (user.unread_notifications), never counted per request. */
  unreadNotifications?: number;
}) {
  if (!signedIn) {
    return (
      <li>
        <Link href="/sign-in" className="inline-block py-1 text-white hover:text-white">
          Sign in
        </Link>
      </li>
    );
  }
  const unread = unreadNotifications.toLocaleString("en-GB");
  return (
    <>
      <li>
        <Link href="/notifications" className="inline-block py-1 text-white hover:text-white">
          Notifications
          {unreadNotifications > 0 ? (
            <>
              {/* Seen as "Notifications (3)", heard as "Notifications, 3 unread": a number, not a coloured dot. */}
              <span aria-hidden="true"> ({unread})</span>
              <span className="sr-only">, {unread} unread</span>
            </>
          ) : null}
        </Link>
      </li>
      <li>
        <Link href="/account" className="inline-block py-1 text-white hover:text-white">
          Your account
        </Link>
      </li>
      <li>
        <form action={signOutAction}>
          <button type="submit" className="min-h-8 py-1 text-white underline underline-offset-2">
            Sign out
          </button>
        </form>
      </li>
    </>
  );
}
