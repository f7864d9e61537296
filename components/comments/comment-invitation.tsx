import Link from "next/link";

/**
 * What someone who may not comment yet is told, in place of the comment form: a visitor to sign in (and come
 * back here), a person who has not confirmed their email address to do that first.
 */
export function CommentInvitation({ viewer, returnTo }: { viewer: "visitor" | "unverified"; returnTo: string }) {
  return viewer === "visitor" ? (
    <p>
      <Link href={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`}>Sign in to comment</Link>
    </p>
  ) : (
    <p>
      <Link href="/account">Confirm your email address to comment</Link>. We sent you a link when you created your
      account.
    </p>
  );
}
