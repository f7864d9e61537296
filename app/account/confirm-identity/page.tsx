import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountActionButton } from "@/components/accounts/account-action-button";
import { ConfirmIdentityForm } from "@/components/accounts/confirm-identity-form";
import { returnToField } from "@/lib/accounts/schemas";
import { hasPassword } from "@/lib/accounts/sessions";
import { getActor } from "@/lib/auth/actor";
import { confirmIdentityAction, sendConfirmationLinkAction } from "./actions";

export const metadata = { title: "Confirm it's you" };

type Props = { searchParams: Promise<{ next?: string }> };

export default async function ConfirmIdentityPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = returnToField.parse(typeof params.next === "string" ? params.next : undefined);
  const actor = await getActor();
  if (!actor) {
    const here = `/account/confirm-identity${next ? `?next=${encodeURIComponent(next)}` : ""}`;
    redirect(`/sign-in?returnTo=${encodeURIComponent(here)}`);
  }
  const withPassword = await hasPassword(actor.id);
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/account">Back to your account</Link>
      </p>
      <h1 className="mb-6 text-4xl">Confirm it&apos;s you</h1>
      <p className="mb-6">
        You are about to make an important change. Because you signed in a while ago, we need to check it is still you.
      </p>
      {withPassword ? (
        <>
          <ConfirmIdentityForm action={confirmIdentityAction} next={next} />
          <h2 className="mb-2 mt-10 text-2xl">No password to hand?</h2>
          <p className="mb-4">We can email you a sign-in link instead. Open it, then make the change again.</p>
        </>
      ) : (
        <p className="mb-4">
          Your account has no password. We will email you a sign-in link: open it, then make the change again.
        </p>
      )}
      <AccountActionButton action={sendConfirmationLinkAction} variant={withPassword ? "secondary" : "primary"}>
        Send me a sign-in link
      </AccountActionButton>
    </div>
  );
}
