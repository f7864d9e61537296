import { getActor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { csvDownload, londonDate } from "@/lib/csv";
import { readPrioritiesTable } from "@/lib/priorities/queries";
import { parsePeriod } from "@/lib/priorities/schemas";
import { PRIORITIES_TABLES, csvRows } from "@/lib/priorities/tables";
import { withErrorResponses } from "@/lib/route-errors";
import { z } from "zod";

export const dynamic = "force-dynamic";

const tableSchema = z.enum(PRIORITIES_TABLES);

/**
 * One table of the priorities dashboard as CSV (/partner/priorities/export?table=<name>&<period>), for partners and
 * admins: the same rows as the page's table alternative, small groups as "fewer than 5", never the number.
 */
export const GET = withErrorResponses(async (request: Request) => {
  const actor = await getActor();
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const table = tableSchema.safeParse(search.table);
  const parsed = parsePeriod(search);
  if (!table.success || Object.keys(parsed.errors).length > 0) {
    // The permission first: a visitor learns nothing from a malformed address either.
    requirePermission(actor, "priorities.read");
    return Response.json(
      { error: "Choose a table and a valid period to download.", errors: parsed.errors },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const result = await readPrioritiesTable(actor, table.data, parsed.period);
  const { from, to } = parsed.period;
  return csvDownload(
    `priorities-${result.name}-${from}-to-${to}-${londonDate()}.csv`,
    result.columns.map((column) => column.header),
    csvRows(result),
  );
});
