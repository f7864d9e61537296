import { stringify } from "csv-stringify/sync";
import { textStream } from "@/lib/text-stream";

/** A spreadsheet opening the file reads it as UTF-8 (names with accents, "£") only when it starts with this mark. */
const BYTE_ORDER_MARK = "\uFEFF";

/**
 * Rows as RFC 4180 CSV (quoted where needed, CRLF line ends). A cell starting with =, +, -, @, a tab or a carriage
 * return would be run as a formula by a spreadsheet (someone's chosen name, a title, a reason typed into a form):
 * csv-stringify's escape_formulas prefixes it with an apostrophe so it is shown as text.
 */
export function csvText(rows: readonly (readonly unknown[])[]): string {
  return stringify(rows as unknown[][], { escape_formulas: true, record_delimiter: "\r\n" });
}

/** Today's date in Essex, for a download's file name. */
export function londonDate(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
}

type Rows = readonly (readonly unknown[])[];

/**
 * A CSV download: the byte order mark, the header, then the rows — all at once, or streamed a batch at a time as
 * the download is read (an async iterator), so that memory stays flat however many rows match.
 */
export function csvDownload(filename: string, header: readonly string[], rows: Rows | AsyncIterator<Rows>): Response {
  const encoder = new TextEncoder();
  const headers = {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "no-store",
  };
  if (Array.isArray(rows)) {
    return new Response(encoder.encode(BYTE_ORDER_MARK + csvText([header, ...(rows as Rows)])), { headers });
  }
  const batches = rows as AsyncIterator<Rows>;
  async function* pieces(): AsyncGenerator<string> {
    try {
      yield BYTE_ORDER_MARK + csvText([header]);
      for (let next = await batches.next(); !next.done; next = await batches.next()) yield csvText(next.value);
    } finally {
      // A download stopped half-way lets the rows' reader go too.
      await batches.return?.(undefined);
    }
  }
  return new Response(textStream(pieces()), { headers });
}
