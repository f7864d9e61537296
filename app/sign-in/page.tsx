import Link from "next/link";
import { redirect } from "next/navigation";
import { ButtonLink } from "@/components/accounts/button-link";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { returnToField } from "@/lib/accounts/schemas";
import { getActor } from "@/lib/auth/actor";
import { signInWithPasswordAction } from "./actions";

export const metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ returnTo?: string | string[]; reset?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const returnTo = returnToField.parse(typeof params.returnTo === "string" ? params.returnTo : undefined);
  if (await getActor()) redirect(returnTo ?? "/account");
  // The page the person came from rides along every way in, so they land back on it.
  const query = returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : "";
  return (
    <div className="max-w-2xl">
      {params.reset === "1" ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">Your password has been changed. Sign in with your new password.</p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-6 text-4xl">Sign in</h1>
      <p className="mb-6">
        You need an account to ask a question, support one or comment, so that each person counts once and you can
        follow what happens to your questions. Anyone can read questions and answers without an account.
      </p>
      <section aria-labelledby="new-here-title" className="mb-10 border-l-4 border-line pl-4">
        <h2 id="new-here-title" className="mb-2 text-2xl">
          New to My Smarter Essex?
        </h2>
        <p className="mb-4">Creating an account takes a minute and is free.</p>
        <ButtonLink href={`/sign-up${query}`}>Create an account</ButtonLink>
      </section>
      <h2 className="mb-4 text-2xl">Sign in with your password</h2>
      <SignInForm action={signInWithPasswordAction} returnTo={returnTo} />
      <h2 className="mb-2 mt-10 text-2xl">Other ways to sign in</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <Link href={`/sign-in/email-link${query}`}>Email me a sign-in link</Link> (no password needed)
        </li>
        <li>
          <Link href="/reset-password">I have forgotten my password</Link>
        </li>
      </ul>
    </div>
  );
}
