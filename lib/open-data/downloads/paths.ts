// The addresses of the bulk downloads: /downloads/<resource>.<csv|json>. Pure.
import { OpenDataFormat, OpenDataResource } from "@/lib/generated/prisma/enums";

export const DOWNLOAD_CONTENT_TYPES: Record<OpenDataFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export function downloadPath(resource: OpenDataResource, format: OpenDataFormat): string {
  return `/downloads/${resource}.${format}`;
}

/** The name a saved file gets: says where it came from. */
export function downloadFileName(resource: OpenDataResource, format: OpenDataFormat): string {
  return `my-smarter-essex-${resource}.${format}`;
}

/** "questions.csv" → { resource: "questions", format: "csv" }; null for anything else. */
export function parseDownloadFile(file: string): { resource: OpenDataResource; format: OpenDataFormat } | null {
  const match = /^([a-z]+)\.([a-z]+)$/.exec(file);
  if (!match) return null;
  const [, resource, format] = match;
  if (!Object.values(OpenDataResource).includes(resource as OpenDataResource)) return null;
  if (!Object.values(OpenDataFormat).includes(format as OpenDataFormat)) return null;
  return { resource: resource as OpenDataResource, format: format as OpenDataFormat };
}
