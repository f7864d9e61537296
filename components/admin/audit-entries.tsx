import Link from "next/link";
import { auditActionLabel } from "@/lib/audit/actions";
import { auditTargetHref, auditTargetLabel } from "@/lib/audit/schemas";
import { changedFields } from "@/lib/audit/summary";
import { formatDateTime } from "@/lib/format";

export interface AuditEntryView {
  id: bigint;
  createdAt: Date;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  actor: { displayName: string; email: string | null } | null;
}

function Changes({ before, after }: { before: unknown; after: unknown }) {
  const { fields, more } = changedFields(before, after);
  if (!fields.length) return <p className="text-muted">No details recorded.</p>;
  return (
    <>
      <dl className="grid grid-cols-1 gap-x-4 sm:grid-cols-[minmax(8rem,auto)_1fr]">
        {fields.map((change) => (
          <div key={change.field} className="contents">
            <dt className="font-bold">{change.field}</dt>
            <dd className="mb-1 break-words">
              {change.before === null ? "" : `${change.before} → `}
              {change.after ?? "removed"}
            </dd>
          </div>
        ))}
      </dl>
      {more ? <p className="text-muted">and {more} more in the CSV download</p> : null}
    </>
  );
}

/** The entries of one page of the audit log, newest first. */
export function AuditEntries({ entries }: { entries: AuditEntryView[] }) {
  return (
    <ol className="mb-8 space-y-6" aria-label="Audit log entries">
      {entries.map((entry) => {
        const href = auditTargetHref(entry.targetType, entry.targetId);
        const target = `${auditTargetLabel(entry.targetType)} ${entry.targetId}`;
        return (
          <li key={entry.id.toString()} className="border-b border-line pb-6">
            <h2 className="mb-1 text-xl">
              {auditActionLabel(entry.action)} <code className="text-base font-normal">{entry.action}</code>
            </h2>
            <dl className="mb-2 grid grid-cols-1 gap-x-4 sm:grid-cols-[minmax(8rem,auto)_1fr]">
              <dt className="font-bold">When</dt>
              <dd>
                <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt)}</time>
              </dd>
              <dt className="font-bold">Who</dt>
              <dd className="break-words">
                {entry.actor
                  ? `${entry.actor.displayName}${entry.actor.email ? ` (${entry.actor.email})` : ""}`
                  : "Automatic"}
              </dd>
              <dt className="font-bold">Target</dt>
              <dd className="break-words">{href ? <Link href={href}>{target}</Link> : target}</dd>
              <dt className="font-bold">Request id</dt>
              <dd className="break-words">{entry.requestId ?? "None (not made by a web request)"}</dd>
            </dl>
            <h3 className="mb-1 text-lg">Changes</h3>
            <Changes before={entry.before} after={entry.after} />
          </li>
        );
      })}
    </ol>
  );
}
