import { readDownload, readDownloadVersion } from "@/lib/open-data/downloads/queries";
import { DOWNLOAD_CONTENT_TYPES, downloadFileName, parseDownloadFile } from "@/lib/open-data/downloads/paths";
import { cacheableResponse, notFoundResponse, notModifiedResponse } from "@/lib/open-data/http";
import { withErrorResponses } from "@/lib/route-errors";

export const dynamic = "force-dynamic";

/**
 * /downloads/<resource>.<csv|json>: a bulk download as the scheduled job last made it, under the Open Government
 * Licence. Last-Modified is the time it was made; its ETag is its SHA-256, so a mirror asking again gets 304.
 */
export const GET = withErrorResponses(async (request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const wanted = parseDownloadFile((await params).file);
  if (!wanted) return notFoundResponse("There is no such download. The list is on the developers page.");
  const entity = (file: { sha256: string; generatedAt: Date }) => ({
    // The files are made again every hour: a cache may keep one for up to 10 minutes.
    cacheControl: "public, max-age=600",
    etag: `"${file.sha256}"`,
    lastModified: file.generatedAt,
    headers: {
      "Content-Disposition": `attachment; filename="${downloadFileName(wanted.resource, wanted.format)}"`,
      "X-Generated-At": file.generatedAt.toISOString(),
    },
  });
  // A mirror asking again is answered from the file's hash, without reading the file (tens of MB at scale).
  const version = await readDownloadVersion(wanted.resource, wanted.format);
  const unchanged = version ? notModifiedResponse(request, entity(version)) : null;
  if (unchanged) return unchanged;
  // Read with its own hash: the job may have made the file again since the look above.
  const file = await readDownload(wanted.resource, wanted.format);
  if (!file) return notFoundResponse("This download has not been made yet. Try again in an hour.");
  return cacheableResponse(request, {
    ...entity(file),
    body: file.body,
    contentType: DOWNLOAD_CONTENT_TYPES[wanted.format],
  });
});
