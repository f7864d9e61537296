import Link from "next/link";
import { TokenConfirmForm } from "@/components/accounts/token-confirm-form";
import { accountOfLink } from "@/lib/accounts/queries";
import { returnToField } from "@/lib/accounts/schemas";
import { signInWithLinkAction } from "../actions";

export const metadata = { title: "Sign in with your link" };

export default async function SignInLinkPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[]; returnTo?: string | string[] }>;
}) {
  const { token, returnTo: rawReturnTo } = await searchParams;
  const returnTo = returnToField.parse(typeof rawReturnTo === "string" ? rawReturnTo : undefined);
  // Read without using the link, so the page can say whose account the button signs in to.
  const account = typeof token === "string" && token ? await accountOfLink(token) : null;
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Sign in with your link</h1>
      {typeof token === "string" && account ? (
        <>
          <p className="mb-3">
            You are about to sign in to My Smarter Essex as <strong className="break-words">{account.email}</strong>.
          </p>
          <p className="mb-6">If this is not your email address, do not continue.</p>
          <TokenConfirmForm action={signInWithLinkAction} token={token} returnTo={returnTo} button="Sign in" />
        </>
      ) : typeof token === "string" && token ? (
        <p>
          This link has expired or has already been used.{" "}
          <Link href="/sign-in/email-link">Ask for a new sign-in link</Link>.
        </p>
      ) : (
        <p>
          This link is not complete. <Link href="/sign-in/email-link">Ask for a new sign-in link</Link>.
        </p>
      )}
    </div>
  );
}
