import { CheckboxField } from "@/components/forms/checkbox-field";
import type { InboxParams } from "@/lib/triage/inbox-params";
import { INBOX_EXPORT_PATH, INCLUDE_NOTES_PARAM, inboxExportQuery } from "@/lib/triage/inbox-export";

/**
 * Downloading the view shown as CSV: a plain GET form carrying the view, filters and sort, so the file holds the
 * same questions in the same order as the inbox. Internal notes only when the box is ticked (off by default).
 */
export function InboxExportForm({ params }: { params: InboxParams }) {
  return (
    <form
      method="get"
      action={INBOX_EXPORT_PATH}
      aria-label="Download this view"
      className="mb-8 border-l-4 border-line pl-4"
    >
      {[...inboxExportQuery(params)].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <CheckboxField
        name={INCLUDE_NOTES_PARAM}
        label="Include internal notes"
        hint="Only the notes you can read on each question's page. Keep the file within your organisation."
      />
      <button
        type="submit"
        className="min-h-11 border-b-4 border-button-secondary-shadow bg-wash px-5 py-2 font-bold text-ink hover:bg-button-secondary-hover"
      >
        Download this view (CSV)
      </button>
    </form>
  );
}
