import { EmailRequestForm } from "@/components/accounts/email-request-form";
import { requestSignInLinkAction } from "../actions";
import { describeLifetime } from "@/lib/accounts/token-rules";

export const metadata = { title: "Email me a sign-in link" };

export default function EmailLinkPage() {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Email me a sign-in link</h1>
      <p className="mb-6">
        We will email you a link that signs you in without a password. It works once and expires in{" "}
        {describeLifetime("sign_in")}.
      </p>
      <EmailRequestForm
        action={requestSignInLinkAction}
        button="Send the link"
        hint="The email address you created your account with."
      />
    </div>
  );
}
