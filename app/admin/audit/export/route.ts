import { stringify } from "csv-stringify/sync";
import { getActor } from "@/lib/auth/actor";
import { auditEntryBatches, type AuditEntry } from "@/lib/audit/queries";
import { parseAuditFilters } from "@/lib/audit/schemas";
import { reportUnexpected } from "@/lib/errors";
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
 * Encodes rows as CSV. A cell starting with =, +, -, @, a tab or a carriage return would be run as a formula by a
 * spreadsheet (someone's chosen name, a reason typed into a form): csv-stringify's escape_formulas prefixes it
 * with an apostrophe so it is shown as text.
 */
function csv(rows: string[][]): string {
  return stringify(rows, { escape_formulas: true, record_delimiter: "\r\n" });
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
  const encoder = new TextEncoder();
  let headerSent = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await batches.next();
        const header = headerSent ? [] : [COLUMNS];
        headerSent = true;
        const rows = next.done ? [] : next.value.map(csvRow);
        if (header.length || rows.length) controller.enqueue(encoder.encode(csv([...header, ...rows])));
        if (next.done) controller.close();
      } catch (error) {
        controller.error(new Error(reportUnexpected(error)));
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
