import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { returnToField } from "@/lib/accounts/schemas";
import { getActor } from "@/lib/auth/actor";
import { signInWithPasswordAction } from "./actions";

export const metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ returnTo?: string; reset?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const returnTo = returnToField.parse(typeof params.returnTo === "string" ? params.returnTo : undefined);
  if (await getActor()) redirect(returnTo ?? "/account");
  return (
    <div className="max-w-2xl">
      {params.reset === "1" ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">Your password has been changed. Sign in with your new password.</p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-6 text-4xl">Sign in</h1>
      <SignInForm action={signInWithPasswordAction} returnTo={returnTo} />
      <h2 className="mb-2 mt-10 text-2xl">Other ways to sign in</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <Link href="/sign-in/email-link">Email me a sign-in link</Link> (no password needed)
        </li>
        <li>
          <Link href="/reset-password">I have forgotten my password</Link>
        </li>
        <li>
          <Link href="/sign-up">Create an account</Link>
        </li>
      </ul>
    </div>
  );
}
