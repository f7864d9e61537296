import { describeLifetime } from "@/lib/accounts/token-rules";
export const metadata = { title: "Check your email" };

export default function ResetCheckEmailPage() {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Check your email</h1>
      <p className="mb-4">
        If there is an account for that email address, we have sent it a link to reset the password. The link works once
        and expires in {describeLifetime("password_reset")}.
      </p>
      <p>If you cannot find the email, check your spam or junk folder.</p>
    </div>
  );
}
