import Link from "next/link";
import { redirect } from "next/navigation";
import { ReadableData } from "@/components/your-data/readable-data";
import { getActor } from "@/lib/auth/actor";
import { exportPersonalData } from "@/lib/accounts/your-data/queries";
import { RateLimited } from "@/lib/errors";
import { consumeRateLimits } from "@/lib/rate-limit";
import { dataDownloadLimits } from "@/lib/read-limits";

export const metadata = { title: "Your data" };

/** Everything held about the signed-in person, as a page to read (the same content as the JSON download). */
export default async function ReadableDataPage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/account/data/readable");
  // The same limit as the file: each builds the whole document from every table.
  let refusal: string | null = null;
  try {
    await consumeRateLimits(dataDownloadLimits(actor.id));
  } catch (error) {
    if (!(error instanceof RateLimited)) throw error;
    refusal = error.message;
  }
  const data = refusal ? null : await exportPersonalData(actor);
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/account">Back to your account</Link>
      </p>
      <h1 className="mb-6 text-4xl">Your data</h1>
      <p className="mb-6">
        This is everything My Smarter Essex holds about you. You can also{" "}
        <a href="/account/data" download>
          download it as a file (JSON)
        </a>
        , which another service can read.
      </p>
      {data ? <ReadableData data={data} /> : <p role="alert">{refusal}</p>}
    </div>
  );
}
