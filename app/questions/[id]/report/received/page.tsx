import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageNotFound, metadataIfFound } from "@/components/layout/page-not-found";
import { getActor } from "@/lib/auth/actor";
import { commentParam, reportedPostPath, reportPath } from "@/lib/flags/paths";
import { getReceivedReport } from "@/lib/flags/queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ comment?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const metadata: Metadata = { title: "Report received", robots: { index: false } };
  const { id } = await params;
  const comment = commentParam((await searchParams).comment);
  const actor = await getActor();
  if (!actor) return metadata;
  return metadataIfFound(comment !== null && (await getReceivedReport(id, comment || null, actor)), metadata);
}

/** The confirmation after a report: that it arrived, and what happens next, in plain English. */
export default async function ReportReceivedPage({ params, searchParams }: Props) {
  const { id } = await params;
  const comment = commentParam((await searchParams).comment);
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(reportPath(id, comment || null, "received"))}`);
  const page = comment === null ? null : await getReceivedReport(id, comment || null, actor);
  if (!page) return <PageNotFound />;
  const { kind, target, reportedAt } = page;
  // Nothing reported yet (the address typed by hand): the form is where to go.
  if (!reportedAt) redirect(reportPath(id, comment || null));

  return (
    <div className="max-w-2xl">
      <div className="mb-8 bg-success p-6 text-center text-white">
        <h1 className="text-4xl">Report received</h1>
        <p className="mt-2 text-xl">Thank you for telling us about this {kind}.</p>
      </div>
      {!target ? (
        <p className="mb-6">
          Several people have reported this {kind}, so it is hidden until a moderator has checked it.
        </p>
      ) : null}
      <h2 className="mb-4 text-2xl">What happens next</h2>
      <ul className="mb-6 list-disc space-y-2 pl-6">
        <li>A moderator will check it against the house rules, usually within a working day.</li>
        <li>If it breaks them, the moderator will hide it or take it down.</li>
        <li>We do not tell the person who posted it who reported it.</li>
        <li>We do not send you an update about your report.</li>
      </ul>
      <p className="mb-6">
        If something puts someone in danger, call 999. For anything else urgent, use the{" "}
        <Link href="/contact">contact page</Link>.
      </p>
      <p>
        {target ? (
          <Link href={reportedPostPath(target)}>Back to the {kind}</Link>
        ) : kind === "comment" ? (
          <Link href={`/questions/${id}`}>Back to the question</Link>
        ) : (
          <Link href="/questions">Look at other questions and ideas</Link>
        )}
      </p>
    </div>
  );
}
