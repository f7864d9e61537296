import { EmailRequestForm } from "@/components/accounts/email-request-form";
import { requestPasswordResetAction } from "./actions";
import { describeLifetime } from "@/lib/accounts/token-rules";

export const metadata = { title: "Reset your password" };

export default function ResetPasswordPage() {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Reset your password</h1>
      <p className="mb-6">
        We will email you a link to choose a new password. It works once and expires in{" "}
        {describeLifetime("password_reset")}.
      </p>
      <EmailRequestForm
        action={requestPasswordResetAction}
        button="Send the link"
        hint="The email address you created your account with."
      />
    </div>
  );
}
