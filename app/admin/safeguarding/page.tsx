import type { Metadata } from "next";
import { PageNotFound, metadataIfFound } from "@/components/layout/page-not-found";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format";
import { listConcerns } from "@/lib/safeguarding/queries";
import { concernListPageSchema } from "@/lib/safeguarding/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await getActor();
  return metadataIfFound(actor && can(actor, "safeguarding.review"), { title: "Safeguarding concerns" });
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The restricted list: admins only. Anyone else signed in is shown "page not found", so the page confirms
 * nothing to them; a visitor is asked to sign in, as on every admin page (the alert email links here).
 */
export default async function SafeguardingConcernsPage({ searchParams }: Props) {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/admin/safeguarding");
  if (!can(actor, "safeguarding.review")) return <PageNotFound />;
  const { after } = concernListPageSchema.parse(await searchParams);
  const { concerns, next } = await listConcerns(actor, after);
  return (
    <div className="max-w-4xl">
      <h1 className="mb-6 text-4xl">Safeguarding concerns</h1>
      <p className="mb-6">
        Posts a moderator marked because someone may be at risk. Open concerns come first, newest first. Only
        administrators can see this list.
      </p>
      {concerns.length === 0 ? (
        <p>{after ? "There are no more concerns." : "There are no safeguarding concerns."}</p>
      ) : (
        <table className="mb-6 w-full border-collapse text-left">
          <caption className="sr-only">Safeguarding concerns, open ones first</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">
                Raised
              </th>
              <th scope="col" className="py-2 pr-4">
                Post
              </th>
              <th scope="col" className="py-2 pr-4">
                Raised by
              </th>
              <th scope="col" className="py-2">
                State
              </th>
            </tr>
          </thead>
          <tbody>
            {concerns.map((concern) => (
              <tr key={concern.id} className="border-b border-line">
                <td className="py-2 pr-4">{formatDateTime(concern.createdAt)}</td>
                <td className="py-2 pr-4">
                  <Link href={`/admin/safeguarding/${concern.id}`}>
                    {concern.onComment ? `A comment on “${concern.questionTitle}”` : `“${concern.questionTitle}”`}
                  </Link>
                </td>
                <td className="py-2 pr-4">{concern.raisedByName}</td>
                <td className="py-2">{concern.closedAt ? `Closed ${formatDateTime(concern.closedAt)}` : "Open"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next ? (
        <p>
          <Link href={`/admin/safeguarding?after=${encodeURIComponent(next)}`}>More concerns</Link>
        </p>
      ) : null}
    </div>
  );
}
