import Link from "next/link";
import { CheckEmailPage } from "@/components/accounts/check-email-page";
import { checkEmailOf } from "@/lib/accounts/check-email-cookie";
import { describeLifetime } from "@/lib/accounts/token-rules";
import { sendEmailAgainAction } from "../../sign-in/actions";

export const metadata = { title: "Check your email" };

export default async function SignUpCheckEmailPage() {
  const remembered = await checkEmailOf("sign_up");
  const query = remembered?.returnTo ? `?returnTo=${encodeURIComponent(remembered.returnTo)}` : "";
  return (
    <CheckEmailPage
      email={remembered?.email ?? null}
      flow="sign_up"
      sentTo={(address) => <>We have sent an email to {address}.</>}
      instructions={
        <>
          Open it and select the link to confirm your email address. The link works once and expires in{" "}
          {describeLifetime("email_verification")}.
        </>
      }
      changeHref={`/sign-up${query}`}
      sendAgainAction={sendEmailAgainAction}
    >
      <p className="mb-4">
        If you already had an account, the email tells you how to <Link href={`/sign-in${query}`}>sign in</Link>{" "}
        instead.
      </p>
    </CheckEmailPage>
  );
}
