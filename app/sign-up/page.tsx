import Link from "next/link";
import { SignUpForm } from "@/components/accounts/sign-up-form";
import { signUpAction } from "./actions";

export const metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Create an account</h1>
      <p className="mb-6">
        You need an account to ask questions, support them and comment. Reading is open to everyone.
      </p>
      <SignUpForm action={signUpAction} />
      <p className="mt-8">
        Already have an account? <Link href="/sign-in">Sign in</Link>.
      </p>
      <p className="mt-4 text-base text-muted">
        We use your email address only to sign you in and, if you choose, to tell you about your questions. Your email
        address is never shown to anyone.
      </p>
    </div>
  );
}
