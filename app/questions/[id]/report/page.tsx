import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageNotFound } from "@/components/layout/page-not-found";
import { ReportedPost } from "@/components/flags/reported-post";
import { ReportForm } from "@/components/flags/report-form";
import { getActor } from "@/lib/auth/actor";
import { offersForm } from "@/lib/auth/permissions";
import { commentParam, reportedPostPath, reportPath } from "@/lib/flags/paths";
import { reportEligibility } from "@/lib/flags/policy";
import { getReportPage } from "@/lib/flags/queries";
import { formatDate } from "@/lib/format";
import { reportPostAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ comment?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const comment = commentParam((await searchParams).comment);
  return { title: comment ? "Report a comment" : "Report this question", robots: { index: false } };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const { id } = await params;
  const comment = commentParam((await searchParams).comment);
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?returnTo=${encodeURIComponent(reportPath(id, comment || null))}`);
  const page = comment === null ? null : await getReportPage(id, comment || null, actor);
  // Not notFound(): in a production build that is an empty page without JavaScript (see ../page.tsx).
  if (!page) return <PageNotFound />;
  const { target, reportedAt } = page;
  const what = target.kind;
  const backHref = reportedPostPath(target);
  const eligibility = reportEligibility(target, actor);

  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={backHref}>Back to the {what}</Link>
      </p>
      <h1 className="mb-6 text-4xl">{what === "comment" ? "Report a comment" : "Report this question"}</h1>
      <ReportedPost target={target} />
      {!eligibility.allowed ? (
        <p className="mb-4">{eligibility.reason}</p>
      ) : reportedAt ? (
        <>
          <h2 className="mb-4 text-2xl">You have already reported this</h2>
          <p className="mb-4">
            You reported this {what} on <time dateTime={reportedAt.toISOString()}>{formatDate(reportedAt)}</time>. A
            moderator will check it. You only need to report something once.
          </p>
        </>
      ) : !offersForm(actor, "flag.create") ? (
        <p className="mb-4">
          <Link href="/account">Confirm your email address</Link> before you report a {what}. We sent you a link when
          you created your account.
        </p>
      ) : (
        <>
          <p className="mb-6">
            Report it if you think it breaks the <Link href="/house-rules">house rules</Link>. A moderator will check
            it. We do not tell the person who posted it who reported it.
          </p>
          <ReportForm action={reportPostAction.bind(null, target.questionId, target.commentId ?? "")} what={what} />
        </>
      )}
    </div>
  );
}
