import "server-only";
import { db } from "@/lib/db";
import type { OpenDataFormat, OpenDataResource } from "@/lib/generated/prisma/enums";
import { downloadPath } from "./paths";
import { OPEN_DATA_FORMATS } from "./resource";
import { RESOURCES } from "./resources";

export interface DownloadFileSummary {
  format: OpenDataFormat;
  path: string;
  bytes: number;
  records: number;
  generatedAt: Date;
}

export interface DownloadListing {
  resource: OpenDataResource;
  title: string;
  description: string;
  /** The files made so far, CSV first; empty until the job (or the seed) has made them. */
  files: DownloadFileSummary[];
}

/** Every resource with its files' sizes and the time they were made, without reading the files themselves. */
export async function listDownloads(): Promise<DownloadListing[]> {
  const rows = await db.openDataFile.findMany({
    select: { resource: true, format: true, bytes: true, records: true, generatedAt: true },
  });
  return RESOURCES.map((definition) => ({
    resource: definition.resource,
    title: definition.title,
    description: definition.description,
    files: OPEN_DATA_FORMATS.flatMap((format) => {
      const row = rows.find((r) => r.resource === definition.resource && r.format === format);
      return row
        ? [
            {
              format,
              path: downloadPath(definition.resource, format),
              bytes: row.bytes,
              records: row.records,
              generatedAt: row.generatedAt,
            },
          ]
        : [];
    }),
  }));
}

export interface DownloadVersion {
  versionId: string;
  bytes: number;
  sha256: string;
  generatedAt: Date;
}

/** A file's version made last, with its size and validators, without its text; null when not made yet. */
export function readDownloadVersion(
  resource: OpenDataResource,
  format: OpenDataFormat,
): Promise<DownloadVersion | null> {
  return db.openDataFile.findUnique({
    where: { resource_format: { resource, format } },
    select: { versionId: true, bytes: true, sha256: true, generatedAt: true },
  });
}

/**
 * A version's text, a piece at a time, each read when the one before has been sent. A version deleted while it
 * streams (the job keeps a replaced one for an hour) would end the file short: that ends in an error instead.
 */
export async function* readDownloadPieces(version: DownloadVersion): AsyncGenerator<string> {
  let bytes = 0;
  for (let seq = 0; ; seq += 1) {
    const piece = await db.openDataFileChunk.findUnique({
      where: { versionId_seq: { versionId: version.versionId, seq } },
      select: { body: true },
    });
    if (!piece) break;
    bytes += Buffer.byteLength(piece.body, "utf8");
    yield piece.body;
  }
  if (bytes !== version.bytes)
    throw new Error(
      `Download ${version.versionId} ended at ${bytes} of ${version.bytes} bytes: the version was deleted`,
    );
}
