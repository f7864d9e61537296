import type { Metadata } from "next";
import { PageNotFound, metadataIfFound } from "@/components/layout/page-not-found";
import { CapturedMailText } from "@/components/mail/captured-mail-text";
import { formatDate } from "@/lib/format";
import { isMailCapturePageEnabled } from "@/lib/mail/mailer";
import { listCapturedMail } from "@/lib/mail/queries";

export function generateMetadata(): Metadata {
  return metadataIfFound(isMailCapturePageEnabled(), { title: "Development mail", robots: { index: false } });
}

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "Europe/London",
});

export default async function DevMailPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!isMailCapturePageEnabled()) return <PageNotFound />;
  const { to } = await searchParams;
  const messages = await listCapturedMail({ to: typeof to === "string" ? to : undefined });
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-4xl">Development mail</h1>
      <p className="mb-6">
        No mail server is set (SMTP_URL), so emails are kept here instead of being sent. This page does not exist in
        production.
      </p>
      <form method="get" className="mb-8 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="to" className="mb-1 block font-bold">
            Show mail to
          </label>
          <input
            id="to"
            name="to"
            type="email"
            defaultValue={typeof to === "string" ? to : ""}
            className="min-h-11 border-2 border-ink px-2"
          />
        </div>
        <button type="submit" className="min-h-11 bg-wash px-4 font-bold">
          Filter
        </button>
      </form>
      {messages.length ? (
        <ol className="space-y-8">
          {messages.map((message) => (
            <li key={message.id} className="border-t-4 border-line pt-4">
              <article aria-labelledby={`mail-${message.id}`}>
                <h2 id={`mail-${message.id}`} className="mb-1 text-2xl">
                  {message.subject}
                </h2>
                <p className="mb-3 text-base text-muted">
                  To {message.toAddress}, {formatDate(message.createdAt)} at {timeFormat.format(message.createdAt)}
                </p>
                <CapturedMailText text={message.text} />
              </article>
            </li>
          ))}
        </ol>
      ) : (
        <p>No mail yet.</p>
      )}
    </div>
  );
}
