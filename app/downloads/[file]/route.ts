import { readDownloadPieces, readDownloadVersion } from "@/lib/open-data/downloads/queries";
import { DOWNLOAD_CONTENT_TYPES, downloadFileName, parseDownloadFile } from "@/lib/open-data/downloads/paths";
import { notFoundResponse, notModifiedResponse, streamedResponse } from "@/lib/open-data/http";
import { withErrorResponses } from "@/lib/route-errors";
import { textStream } from "@/lib/text-stream";

export const dynamic = "force-dynamic";

/**
 * /downloads/<resource>.<csv|json>: a bulk download as the scheduled job last made it, under the Open Government
 * Licence. Last-Modified is the time it was made; its ETag is its SHA-256, so a mirror asking again gets 304.
 * The file is streamed a piece at a time from the version read first, so the job making a new one meanwhile
 * changes nothing in this answer, and no instance holds a whole file (tens of MB at scale) in memory.
 */
export const GET = withErrorResponses(async (request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const wanted = parseDownloadFile((await params).file);
  if (!wanted) return notFoundResponse("There is no such download. The list is on the developers page.");
  const version = await readDownloadVersion(wanted.resource, wanted.format);
  if (!version) return notFoundResponse("This download has not been made yet. Try again in an hour.");
  const entity = {
    // The files are made again every hour: a cache may keep one for up to 10 minutes.
    cacheControl: "public, max-age=600",
    etag: `"${version.sha256}"`,
    lastModified: version.generatedAt,
    headers: {
      "Content-Disposition": `attachment; filename="${downloadFileName(wanted.resource, wanted.format)}"`,
      "X-Generated-At": version.generatedAt.toISOString(),
    },
  };
  return (
    notModifiedResponse(request, entity) ??
    streamedResponse(
      { ...entity, contentType: DOWNLOAD_CONTENT_TYPES[wanted.format] },
      textStream(readDownloadPieces(version)),
    )
  );
});
