import Link from "next/link";
import { INBOX_VIEWS, inboxHref, type InboxParams, type InboxView } from "@/lib/triage/inbox-params";

/** The views' names: the organisation's own view is named after it, so an admin sees whose inbox they are in. */
export function inboxViewLabel(view: InboxView, organisation: string | null): string {
  switch (view) {
    case "pool":
      return "In the pool";
    case "organisation":
      return organisation ?? "Your organisation";
    case "mine":
      return "Claimed by me";
    case "overdue":
      return "Overdue";
    case "answered":
      return "Answered";
  }
}

/**
 * The inbox's views as links (GOV.UK sub-navigation), each with how many questions it holds with the current
 * filters, the current one marked for screen readers and drawn with a thick bar, not by colour alone.
 */
export function InboxViews({
  params,
  counts,
  organisation,
}: {
  params: InboxParams;
  counts: Record<InboxView, number>;
  organisation: string | null;
}) {
  return (
    <nav aria-label="Inbox views" className="mb-6">
      <ul className="flex flex-wrap gap-x-2 gap-y-2 border-b border-line">
        {INBOX_VIEWS.map((view) => {
          const current = view === params.view;
          return (
            <li key={view}>
              <Link
                href={inboxHref(params, { view })}
                aria-current={current ? "page" : undefined}
                className={`inline-block min-h-11 border-b-4 px-3 py-2 ${current ? "border-brand font-bold text-ink no-underline" : "border-transparent"}`}
              >
                {inboxViewLabel(view, organisation)} ({counts[view].toLocaleString("en-GB")})
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
