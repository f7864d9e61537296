import Link from "next/link";
import { redirect } from "next/navigation";
import { EmailSettingsForm } from "@/components/accounts/email-settings-form";
import { getActor } from "@/lib/auth/actor";
import { getEmailSettings } from "@/lib/notifications/email/queries";
import { updateEmailSettingsAction } from "./actions";

export const metadata = { title: "Your email settings" };

export default async function EmailSettingsPage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/account/emails");
  const settings = await getEmailSettings(actor.id);
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/account">Back to your account</Link>
      </p>
      <h1 className="mb-6 text-4xl">Your email settings</h1>
      {!settings.confirmed ? (
        <p className="mb-6 border-l-4 border-line pl-4">
          We only send these emails to a confirmed email address. Confirm yours from your account page first.
        </p>
      ) : null}
      <p className="mb-6">
        Emails about your account, such as sign-in links, are always sent. Every activity email has a link to stop that
        kind of email without signing in.
      </p>
      <EmailSettingsForm
        action={updateEmailSettingsAction}
        saved={{ emailNotifications: settings.optedIn ? "yes" : "no", ...settings.kinds }}
      />
    </div>
  );
}
