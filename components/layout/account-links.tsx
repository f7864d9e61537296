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
        <Link prefetch={false} href="/sign-in" className="inline-block py-1 text-white hover:text-white">
          Sign in
        </Link>
      </li>
    );
  }
  const unread = unreadNotifications.toLocaleString("en-GB");
  return (
    <>
      <li>
        {/* Seen as "Notifications (3)", heard as "Notifications, 3 unread": a number in words, not a coloured dot.
            One label string: a visually hidden span would be read with a space before its comma (a positioned
            span counts as a separate block in the name). */}
        <Link
          prefetch={false}
          href="/notifications"
          aria-label={unreadNotifications > 0 ? `Notifications, ${unread} unread` : undefined}
          className="inline-block py-1 text-white hover:text-white"
        >
          Notifications{unreadNotifications > 0 ? ` (${unread})` : null}
        </Link>
      </li>
      <li>
        <Link prefetch={false} href="/account" className="inline-block py-1 text-white hover:text-white">
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
