import Link from "next/link";
import type { CheckEmailFlow } from "@/lib/accounts/schemas";
import type { FormAction } from "@/lib/form-state";
import { SendAgainForm } from "./send-again-form";

/**
 * The GOV.UK "confirm an email address" pattern for the three check-your-email pages: the address the email
 * went to, what to do with it, and, when it has not come, "send it again" and "change the email address".
 * `email` is null when this browser has no record of the address (the page was opened directly, or the hour
 * it is kept for has passed): the page then says so and offers only the change.
 */
export function CheckEmailPage({
  email,
  flow,
  sentTo,
  instructions,
  changeHref,
  sendAgainAction,
  children,
}: {
  email: string | null;
  flow: CheckEmailFlow;
  /** What was sent, said around the address: "We have sent a link to" … */
  sentTo: (address: React.ReactNode) => React.ReactNode;
  instructions: React.ReactNode;
  changeHref: string;
  sendAgainAction: FormAction;
  children?: React.ReactNode;
}) {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Check your email</h1>
      <p className="mb-4">
        {email ? sentTo(<strong className="break-words">{email}</strong>) : sentTo("the address you gave")}
      </p>
      <p className="mb-4">{instructions}</p>
      {children}
      <h2 className="mb-2 mt-8 text-2xl">Not received the email?</h2>
      <p className="mb-4">
        It can take a few minutes to arrive. Check your spam or junk folder. If it still has not arrived, we can send it
        again{email ? null : " once you enter your email address again"}.
      </p>
      {email ? (
        <div className="mb-4">
          <SendAgainForm action={sendAgainAction} flow={flow} />
        </div>
      ) : null}
      <p>
        <Link href={changeHref}>{email ? "Change the email address" : "Enter your email address again"}</Link>
      </p>
    </div>
  );
}
