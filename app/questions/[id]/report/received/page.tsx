import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageNotFound } from "@/components/layout/page-not-found";
import { getActor } from "@/lib/auth/actor";
import { commentParam, reportedPostPath, reportPath } from "@/lib/flags/paths";
import { getReportPage } from "@/lib/flags/queries";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ comment?: string | string[] }> };

export const metadata: Metadata = { title: "Report received", robots: { index: false } };

/** The confirmation after a report: that it arrived, and what happens next, in plain English. */
export default async function ReportReceivedPage({ params, searchParams }: Props) {
  const { id } = await params;
  const comment = commentParam((await searchParams).comment);
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(reportPath(id, comment || null, "received"))}`);
  const page = comment === null ? null : await getReportPage(id, comment || null, actor);
  if (!page) return <PageNotFound />;
  const { target, reportedAt } = page;
  // Nothing reported yet (the address typed by hand): the form is where to go.
  if (!reportedAt) redirect(reportPath(target.questionId, target.commentId));
  const backHref = reportedPostPath(target);

  return (
    <div className="max-w-2xl">
      <div className="mb-8 bg-success p-6 text-center text-white">
        <h1 className="text-4xl">Report received</h1>
        <p className="mt-2 text-xl">Thank you for telling us about this {target.kind}.</p>
      </div>
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
        <Link href={backHref}>Back to the {target.kind === "comment" ? "comment" : "question"}</Link>
      </p>
    </div>
  );
}
