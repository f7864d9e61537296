import Link from "next/link";
import { describeLifetime } from "@/lib/accounts/token-rules";

export const metadata = { title: "Check your email" };

export default function SignUpCheckEmailPage() {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Check your email</h1>
      <p className="mb-4">
        We have sent an email to the address you gave. Open it and select the link to confirm your email address.
      </p>
      <p className="mb-4">
        The link works once and expires in {describeLifetime("email_verification")}. If you cannot find the email, check
        your spam or junk folder.
      </p>
      <p>
        If you already had an account, the email tells you how to <Link href="/sign-in">sign in</Link> instead.
      </p>
    </div>
  );
}
