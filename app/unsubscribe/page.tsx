import Link from "next/link";
import { UnsubscribeForm } from "@/components/accounts/unsubscribe-form";
import { readUnsubscribeLink } from "@/lib/notifications/email/queries";
import { PURPOSE_DESCRIPTIONS } from "@/lib/notifications/email/templates";
import { unsubscribeAction } from "./actions";

export const metadata = { title: "Unsubscribe from emails" };

// Opening this page (a GET) changes nothing: mail scanners open links. Only the button unsubscribes.
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const link = typeof token === "string" && token ? await readUnsubscribeLink(token) : null;
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Unsubscribe from emails</h1>
      {typeof token === "string" && link ? (
        link.alreadyUnsubscribed ? (
          <p className="mb-6">You are already unsubscribed from {PURPOSE_DESCRIPTIONS[link.purpose]}.</p>
        ) : (
          <>
            <p className="mb-6">
              Stop {PURPOSE_DESCRIPTIONS[link.purpose]} from My Smarter Essex. You will still see this activity on the
              site, and other emails are not affected.
            </p>
            <UnsubscribeForm action={unsubscribeAction} token={token} />
          </>
        )
      ) : (
        <p className="mb-6">
          This unsubscribe link is not valid. Copy the whole link from the email, or{" "}
          <Link href="/account/emails">sign in and change your email settings</Link>.
        </p>
      )}
      <p>
        <Link href="/account/emails">Choose which emails you get</Link> (you need to sign in).
      </p>
    </div>
  );
}
