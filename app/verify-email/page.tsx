import Link from "next/link";
import { TokenConfirmForm } from "@/components/accounts/token-confirm-form";
import { confirmEmailAction } from "./actions";

export const metadata = { title: "Confirm your email address" };

export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Confirm your email address</h1>
      {typeof token === "string" && token ? (
        <>
          <p className="mb-6">Select the button to confirm your email address and sign in.</p>
          <TokenConfirmForm action={confirmEmailAction} token={token} button="Confirm and sign in" />
        </>
      ) : (
        <p>
          This link is not complete. Open the link in your email again, or{" "}
          <Link href="/sign-in/email-link">ask for a sign-in link</Link>.
        </p>
      )}
    </div>
  );
}
