import { csvDownload } from "@/lib/csv";
import { getActor } from "@/lib/auth/actor";
import { openInboxExport, parseInboxExportRequest } from "@/lib/triage/inbox-export";
import { withErrorResponses } from "@/lib/route-errors";

export const dynamic = "force-dynamic";

/**
 * The partner inbox view in the address (/partner's view, filters and sort) as CSV, for members of an organisation
 * and admins; internal notes only with `notes=on`. Streamed a keyset batch at a time as the download is read. A
 * visitor is answered 401 and anyone else refused 403 (JSON), before anything is read.
 */
export const GET = withErrorResponses(async (request: Request) => {
  const actor = await getActor();
  const exported = await openInboxExport(actor, parseInboxExportRequest(new URL(request.url).searchParams));
  return csvDownload(exported.filename, exported.header, exported.batches);
});
