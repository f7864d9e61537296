import Link from "next/link";
import { describeLifetime } from "@/lib/accounts/token-rules";

export const metadata = { title: "Check your email" };

export default function SignInCheckEmailPage() {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Check your email</h1>
      <p className="mb-4">
        If there is an account for that email address, we have sent it a sign-in link. The link works once and expires
        in {describeLifetime("sign_in")}.
      </p>
      <p className="mb-4">If you cannot find the email, check your spam or junk folder.</p>
      <p>
        No email? <Link href="/sign-up">Create an account</Link> or{" "}
        <Link href="/sign-in/email-link">ask for another link</Link>.
      </p>
    </div>
  );
}
