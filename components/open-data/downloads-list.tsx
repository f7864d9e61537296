import { formatDateTime, plural } from "@/lib/format";
import { OPEN_DATA_LICENCE } from "@/lib/open-data/licence";
import type { DownloadListing } from "@/lib/open-data/downloads/queries";

const FORMAT_LABELS = { csv: "CSV", json: "JSON" } as const;

/** "850 bytes", "12.3 kB", "4.1 MB" (decimal units, as file managers show them). */
export function fileSize(bytes: number): string {
  if (bytes < 1000) return plural(bytes, "byte");
  if (bytes < 1_000_000) return `${(bytes / 1000).toLocaleString("en-GB", { maximumFractionDigits: 1 })} kB`;
  return `${(bytes / 1_000_000).toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB`;
}

/**
 * The bulk downloads: each resource with a link per format, its size and when it was made, and the licence they
 * come under. Presentational: the page reads the list (lib/open-data/downloads/queries.ts) and passes it in.
 */
export function DownloadsList({ downloads }: { downloads: readonly DownloadListing[] }) {
  return (
    <div>
      <p className="mb-4 max-w-3xl">
        All the public data, one file per kind of record, as CSV (for spreadsheets) and JSON. The files are made again
        every hour. They hold only what the portal publishes: no hidden or waiting posts, and no one’s personal details.
      </p>
      {/* A data table may scroll on its own on a narrow screen (WCAG 1.4.10), never the page; focusable to scroll by
          keyboard. */}
      <div className="mb-4 overflow-x-auto" role="region" aria-label="Bulk downloads" tabIndex={0}>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Bulk downloads, with their formats, sizes and when they were made</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">
                Data
              </th>
              <th scope="col" className="py-2 pr-4">
                Download
              </th>
              <th scope="col" className="py-2 pr-4">
                Size
              </th>
              <th scope="col" className="py-2">
                Made
              </th>
            </tr>
          </thead>
          <tbody>
            {downloads.map((d) => (
              <tr key={d.resource} className="border-b border-line align-top" data-resource={d.resource}>
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  <span className="block font-bold">{d.title}</span>
                  <span className="block text-base text-muted">{d.description}</span>
                </th>
                {d.files.length ? (
                  <>
                    <td className="py-2 pr-4">
                      <ul>
                        {d.files.map((f) => (
                          <li key={f.format}>
                            <a href={f.path} download>
                              {d.title} as {FORMAT_LABELS[f.format]}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="py-2 pr-4">
                      <ul>
                        {d.files.map((f) => (
                          <li key={f.format}>
                            {FORMAT_LABELS[f.format]}: {fileSize(f.bytes)}, {plural(f.records, "record")}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="py-2">
                      <time dateTime={d.files[0]!.generatedAt.toISOString()}>
                        {formatDateTime(d.files[0]!.generatedAt)}
                      </time>
                    </td>
                  </>
                ) : (
                  <td colSpan={3} className="py-2">
                    Not made yet: the files are made every hour.
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="max-w-3xl">
        You may copy, publish and adapt this data, also commercially, under the{" "}
        <a href={OPEN_DATA_LICENCE.url} rel="license">
          {OPEN_DATA_LICENCE.name}
        </a>
        . Say where it came from: “Contains public sector information from My Smarter Essex, licensed under the Open
        Government Licence v3.0.”
      </p>
    </div>
  );
}
