import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";

export const metadata = { title: "You have signed out" };

// Where signing out lands (one device or all of them): it says so, so that someone on a shared school or
// library computer knows the next person cannot act as them.
export default async function SignedOutPage() {
  // Someone still signed in (the page was opened directly) is not told they have signed out.
  if (await getActor()) redirect("/account");
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-4xl">You have signed out</h1>
      <p className="mb-4">
        You are no longer signed in to My Smarter Essex on this device. If you are using a shared computer, you can now
        close the browser.
      </p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <Link href="/questions">Read questions and answers</Link>
        </li>
        <li>
          <Link href="/sign-in">Sign in again</Link>
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
      </ul>
    </div>
  );
}
