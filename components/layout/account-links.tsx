import Link from "next/link";

/** The header's account links: "Sign in", or "Your account" and a sign-out button. */
export function AccountLinks({ signedIn, signOutAction }: { signedIn: boolean; signOutAction: () => Promise<void> }) {
  if (!signedIn) {
    return (
      <li>
        <Link href="/sign-in" className="inline-block py-1 text-white hover:text-white">
          Sign in
        </Link>
      </li>
    );
  }
  return (
    <>
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
