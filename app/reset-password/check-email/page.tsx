import { CheckEmailPage } from "@/components/accounts/check-email-page";
import { checkEmailOf } from "@/lib/accounts/check-email-cookie";
import { describeLifetime } from "@/lib/accounts/token-rules";
import { sendEmailAgainAction } from "../../sign-in/actions";

export const metadata = { title: "Check your email" };

export default async function ResetCheckEmailPage() {
  const remembered = await checkEmailOf("password_reset");
  return (
    <CheckEmailPage
      email={remembered?.email ?? null}
      flow="password_reset"
      sentTo={(address) => <>If there is an account for {address}, we have sent it a link to reset the password.</>}
      instructions={<>The link works once and expires in {describeLifetime("password_reset")}.</>}
      changeHref="/reset-password"
      sendAgainAction={sendEmailAgainAction}
    />
  );
}
