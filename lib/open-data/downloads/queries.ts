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

export interface DownloadFile {
  body: string;
  sha256: string;
  generatedAt: Date;
}

/** A stored file's validators alone (its hash and when it was made), or null when it has not been made yet. */
export function readDownloadVersion(
  resource: OpenDataResource,
  format: OpenDataFormat,
): Promise<Omit<DownloadFile, "body"> | null> {
  return db.openDataFile.findUnique({
    where: { resource_format: { resource, format } },
    select: { sha256: true, generatedAt: true },
  });
}

/** One stored file, or null when it has not been made yet. */
export function readDownload(resource: OpenDataResource, format: OpenDataFormat): Promise<DownloadFile | null> {
  return db.openDataFile.findUnique({
    where: { resource_format: { resource, format } },
    select: { body: true, sha256: true, generatedAt: true },
  });
}
