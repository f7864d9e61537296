import Link from "next/link";
import { CheckEmailPage } from "@/components/accounts/check-email-page";
import { checkEmailOf } from "@/lib/accounts/check-email-cookie";
import { describeLifetime } from "@/lib/accounts/token-rules";
import { sendEmailAgainAction } from "../actions";

export const metadata = { title: "Check your email" };

export default async function SignInCheckEmailPage() {
  const remembered = await checkEmailOf("sign_in");
  const query = remembered?.returnTo ? `?returnTo=${encodeURIComponent(remembered.returnTo)}` : "";
  return (
    <CheckEmailPage
      email={remembered?.email ?? null}
      flow="sign_in"
      sentTo={(address) => <>If there is an account for {address}, we have sent it a sign-in link.</>}
      instructions={<>The link works once and expires in {describeLifetime("sign_in")}.</>}
      changeHref={`/sign-in/email-link${query}`}
      sendAgainAction={sendEmailAgainAction}
    >
      <p className="mb-4">
        No account yet? <Link href={`/sign-up${query}`}>Create an account</Link>.
      </p>
    </CheckEmailPage>
  );
}
