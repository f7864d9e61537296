import Link from "next/link";
import { NewPasswordForm } from "@/components/accounts/new-password-form";
import { resetPasswordAction } from "../actions";

export const metadata = { title: "Choose a new password" };

export default async function NewPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">Choose a new password</h1>
      {typeof token === "string" && token ? (
        <>
          <p className="mb-6">Changing your password signs you out on every device.</p>
          <NewPasswordForm action={resetPasswordAction} token={token} />
        </>
      ) : (
        <p>
          This link is not complete. <Link href="/reset-password">Ask for a new link</Link>.
        </p>
      )}
    </div>
  );
}
