import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/accounts/sign-up-form";
import { returnToField } from "@/lib/accounts/schemas";
import { getActor } from "@/lib/auth/actor";
import { signUpAction } from "./actions";

export const metadata = { title: "Create an account" };

type Props = { searchParams: Promise<{ returnTo?: string | string[] }> };

export default async function SignUpPage({ searchParams }: Props) {
  const params = await searchParams;
  const returnTo = returnToField.parse(typeof params.returnTo === "string" ? params.returnTo : undefined);
  if (await getActor()) redirect(returnTo ?? "/account");
  const query = returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : "";
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Create an account</h1>
      <p className="mb-4">
        You need an account to ask questions, support them and comment. Reading is open to everyone.
      </p>
      <p className="mb-6">
        We use your email address only to sign you in and, if you choose, to tell you about your questions. It is never
        shown to anyone. Read our <Link href="/privacy">privacy notice</Link> to find out more.
      </p>
      <SignUpForm action={signUpAction} returnTo={returnTo} />
      <p className="mt-8">
        Already have an account? <Link href={`/sign-in${query}`}>Sign in</Link>.
      </p>
    </div>
  );
}
