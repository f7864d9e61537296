import Link from "next/link";
import { TokenConfirmForm } from "@/components/accounts/token-confirm-form";
import { signInWithLinkAction } from "../actions";

export const metadata = { title: "Sign in with your link" };

export default async function SignInLinkPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Sign in with your link</h1>
      {typeof token === "string" && token ? (
        <>
          <p className="mb-6">Select the button to sign in to My Smarter Essex.</p>
          <TokenConfirmForm action={signInWithLinkAction} token={token} button="Sign in" />
        </>
      ) : (
        <p>
          This link is not complete. <Link href="/sign-in/email-link">Ask for a new sign-in link</Link>.
        </p>
      )}
    </div>
  );
}
