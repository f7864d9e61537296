import { csvDownload, londonDate } from "@/lib/csv";
import { getActor } from "@/lib/auth/actor";
import { auditEntryBatches, type AuditEntry } from "@/lib/audit/queries";
import { parseAuditFilters } from "@/lib/audit/schemas";
import { withErrorResponses } from "@/lib/route-errors";

export const dynamic = "force-dynamic";

const COLUMNS = [
  "time",
  "actor id",
  "actor name",
  "action",
  "target type",
  "target id",
  "before",
  "after",
  "request id",
];

function csvRow(entry: AuditEntry): string[] {
  return [
    entry.createdAt.toISOString(),
    entry.actorId ?? "",
    entry.actor?.displayName ?? (entry.actorId ? "" : "Automatic"),
    entry.action,
    entry.targetType,
    entry.targetId,
    entry.before === null ? "" : JSON.stringify(entry.before),
    entry.after === null ? "" : JSON.stringify(entry.after),
    entry.requestId ?? "",
  ];
}

/**
 * The audit log as CSV, with the same filters as /admin/audit, for administrators. Streamed a keyset batch at a
 * time as the download is read, so memory stays flat however many entries match.
 */
export const GET = withErrorResponses(async (request: Request) => {
  const actor = await getActor();
  const parsed = parseAuditFilters(Object.fromEntries(new URL(request.url).searchParams));
  // The permission is checked here, before anything is read or the filters are judged.
  const batches = auditEntryBatches(actor, parsed.ok ? parsed.filters : {});
  if (!parsed.ok) {
    return Response.json(
      { error: "Correct the filters to download the entries.", errors: parsed.errors },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  async function* rows() {
    for await (const batch of batches) yield batch.map(csvRow);
  }
  return csvDownload(`audit-log-${londonDate()}.csv`, COLUMNS, rows());
});
