import { EmailRequestForm } from "@/components/accounts/email-request-form";
import { returnToField } from "@/lib/accounts/schemas";
import { describeLifetime } from "@/lib/accounts/token-rules";
import { requestSignInLinkAction } from "../actions";

export const metadata = { title: "Email me a sign-in link" };

type Props = { searchParams: Promise<{ returnTo?: string | string[] }> };

export default async function EmailLinkPage({ searchParams }: Props) {
  const params = await searchParams;
  const returnTo = returnToField.parse(typeof params.returnTo === "string" ? params.returnTo : undefined);
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Email me a sign-in link</h1>
      <p className="mb-6">
        We will email you a link that signs you in without a password. It works once and expires in{" "}
        {describeLifetime("sign_in")}.
      </p>
      <EmailRequestForm
        action={requestSignInLinkAction}
        button="Send the link"
        hint="The email address you created your account with."
        returnTo={returnTo}
      />
    </div>
  );
}
