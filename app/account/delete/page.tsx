import Link from "next/link";
import { redirect } from "next/navigation";
import { DeleteAccountForm } from "@/components/accounts/delete-account-form";
import { getActor } from "@/lib/auth/actor";
import { countAdministrators } from "@/lib/admin/people/queries";
import { deleteAccountAction } from "./actions";

export const metadata = { title: "Delete your account" };

export default async function DeleteAccountPage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/account/delete");
  // Said before the form, not only as a refusal after it: the last administrator cannot leave yet.
  const lastAdministrator = actor.platformRole === "admin" && (await countAdministrators()) <= 1;
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/account">Back to your account</Link>
      </p>
      <h1 className="mb-6 text-4xl">Delete your account</h1>
      <p className="mb-4">If you delete your account:</p>
      <ul className="mb-6 list-disc space-y-2 pl-6">
        <li>your email address, password, public name and profile answers are deleted straight away</li>
        <li>your support for questions is removed, and the totals go down</li>
        <li>the questions you follow and your notifications are deleted</li>
        <li>
          questions and comments you published stay on the site, because others have replied to, supported and answered
          them, but they show &quot;Former participant&quot; instead of your name
        </li>
        <li>
          if you choose, the words of your questions and comments are removed too: each then reads &quot;[removed at the
          author&apos;s request]&quot;
        </li>
        <li>you are signed out everywhere and cannot sign in again with this account</li>
      </ul>
      <p className="mb-6">
        You may want to <Link href="/account/data/readable">look at your data</Link> or{" "}
        <a href="/account/data" download>
          download it
        </a>{" "}
        first.
      </p>
      {lastAdministrator ? (
        <div className="mb-6 border-l-4 border-brand pl-4">
          <p className="font-bold">You are the only administrator, so you cannot delete your account yet.</p>
          <p>
            The portal always needs an administrator. Make someone else an administrator first, on the{" "}
            <Link href="/admin/people">roles and memberships</Link> page, then come back here.
          </p>
        </div>
      ) : null}
      <div className="mb-6 border-l-4 border-danger pl-4 font-bold">
        <span className="sr-only">Warning: </span>This cannot be undone.
      </div>
      <DeleteAccountForm action={deleteAccountAction} />
    </div>
  );
}
