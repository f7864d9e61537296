import Link from "next/link";
import { TokenConfirmForm } from "@/components/accounts/token-confirm-form";
import { accountOfLink } from "@/lib/accounts/queries";
import { returnToField } from "@/lib/accounts/schemas";
import { confirmEmailAction } from "./actions";

export const metadata = { title: "Confirm your email address" };

export default async function VerifyEmailPage({
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
      <h1 className="mb-6 text-4xl">Confirm your email address</h1>
      {typeof token === "string" && account ? (
        <>
          <p className="mb-3">
            You are about to confirm <strong className="break-words">{account.email}</strong> and sign in to that
            account.
          </p>
          <p className="mb-6">If this is not your email address, do not continue.</p>
          <TokenConfirmForm
            action={confirmEmailAction}
            token={token}
            returnTo={returnTo}
            button="Confirm and sign in"
          />
        </>
      ) : typeof token === "string" && token ? (
        <p>
          This link has expired or has already been used. <Link href="/sign-in/email-link">Ask for a sign-in link</Link>
          .
        </p>
      ) : (
        <p>
          This link is not complete. Open the link in your email again, or{" "}
          <Link href="/sign-in/email-link">ask for a sign-in link</Link>.
        </p>
      )}
    </div>
  );
}
