import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { DeliveryAnswerForm } from "@/components/commitments/delivery-answer-form";
import { DeliveryConfirmation } from "@/components/commitments/delivery-confirmation";
import { NotificationBanner } from "@/components/forms/notification-banner";
import { PageNotFound, metadataIfFound } from "@/components/layout/page-not-found";
import { getActor } from "@/lib/auth/actor";
import { offersForm } from "@/lib/auth/permissions";
import { mayAnswerDeliveryCheck } from "@/lib/delivery-checks/policy";
import { deliveryConfirmation, getDeliveredCommitment } from "@/lib/delivery-checks/queries";
import { DELIVERY_ANSWER_LABELS } from "@/lib/delivery-checks/schemas";
import { formatDate } from "@/lib/format";
import { answerDeliveryCheckAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const found = z.uuid().safeParse(id).success && (await getDeliveredCommitment(id, await getActor()));
  return metadataIfFound(found, { title: "Has this been delivered?", robots: { index: false } });
}

/** Only web links are shown as links: the evidence is a partner's text, not the portal's. */
function isWebLink(link: string): boolean {
  return /^https?:\/\//i.test(link);
}

/**
 * "Has this been delivered?" for one delivered commitment: what was promised and the evidence, the form for a
 * person who was asked (the supporters of its questions, a set time after delivery), and what people said.
 */
export default async function DeliveryCheckPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await getActor();
  if (!z.uuid().safeParse(id).success) return <PageNotFound />;
  const [commitment, confirmation] = await Promise.all([getDeliveredCommitment(id, actor), deliveryConfirmation(id)]);
  // Not notFound(): in a production build that is an empty page without JavaScript (see app/questions/[id]).
  if (!commitment) return <PageNotFound />;
  const { saved } = await searchParams;
  const check = commitment.check;
  const here = `/commitments/${commitment.id}/delivered`;

  return (
    <div className="max-w-3xl">
      {saved && check?.answer ? (
        <NotificationBanner title="Success" tone="success">
          <p className="font-bold">Your answer is saved: {DELIVERY_ANSWER_LABELS[check.answer]}.</p>
          <p>Thank you. You can change it below at any time.</p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-6 text-4xl">Has this been delivered?</h1>

      <section aria-labelledby="promise-heading" className="mb-8">
        <h2 id="promise-heading" className="mb-2 text-3xl">
          What was promised
        </h2>
        <p className="mb-2 text-muted">{commitment.organisation} promised</p>
        <p className="mb-4 text-2xl font-bold">{commitment.title}</p>
        <p className="mb-4 whitespace-pre-line">{commitment.description}</p>
        <dl className="mb-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-bold">Target date</dt>
          <dd>{formatDate(commitment.targetDate)}</dd>
          <dt className="font-bold">Marked delivered</dt>
          <dd>
            <time dateTime={commitment.deliveredAt.toISOString()}>{formatDate(commitment.deliveredAt)}</time>
          </dd>
        </dl>
        {commitment.questions.length > 0 ? (
          <>
            <h3 className="mb-2 text-2xl">The questions it answers</h3>
            <ul className="mb-4 list-disc space-y-1 pl-6">
              {commitment.questions.map((question) => (
                <li key={question.id}>
                  <Link href={`/questions/${question.id}`}>{question.title}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="evidence-heading" className="mb-8">
        <h2 id="evidence-heading" className="mb-4 text-3xl">
          The evidence {commitment.organisation} gave
        </h2>
        {commitment.evidence ? (
          <p className="mb-4 whitespace-pre-line">{commitment.evidence}</p>
        ) : (
          <p className="mb-4">No evidence was given in words.</p>
        )}
        {commitment.evidenceLinks.some(isWebLink) ? (
          <ul className="mb-4 list-disc space-y-1 pl-6">
            {commitment.evidenceLinks.filter(isWebLink).map((link) => (
              <li key={link}>
                <a href={link} rel="noopener noreferrer">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="your-answer-heading" className="mb-8">
        <h2 id="your-answer-heading" className="mb-4 text-3xl">
          Your answer
        </h2>
        {!actor ? (
          <p>
            If you supported one of its questions, we asked you by notification.{" "}
            <Link href={`/sign-in?returnTo=${encodeURIComponent(here)}`}>Sign in to answer</Link>.
          </p>
        ) : !mayAnswerDeliveryCheck(actor, check) ? (
          <p>
            We ask the people who supported the questions this commitment answers, a few weeks after it is marked
            delivered. You were not asked about this one, so there is nothing for you to answer here.
          </p>
        ) : !offersForm(actor, "commitment.answerDeliveryCheck") ? (
          <p>
            <Link href="/account">Confirm your email address</Link> before you answer. We sent you a link when you
            created your account.
          </p>
        ) : (
          <>
            {check?.answer && check.answeredAt ? (
              <p className="mb-4">
                You answered on <time dateTime={check.answeredAt.toISOString()}>{formatDate(check.answeredAt)}</time>:{" "}
                <strong>{DELIVERY_ANSWER_LABELS[check.answer]}</strong>.
              </p>
            ) : null}
            <DeliveryAnswerForm
              action={answerDeliveryCheckAction.bind(null, commitment.id)}
              current={check?.answer ?? null}
            />
          </>
        )}
      </section>

      <DeliveryConfirmation confirmation={confirmation} />
    </div>
  );
}
