import { valueInWords } from "./words";
import { formatDateTime } from "@/lib/format";

// Shows the same document as the JSON download, as a page a person can read: every section and field, with the
// field names and stored codes in words and dates in UK time. Generic on purpose, so nothing in the download is
// missing here.

/** "organisationMemberships" → "Organisation memberships". */
export function fieldLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** `field` is the name the value is stored under, for saying a code in words. */
function Value({ value, field }: { value: unknown; field?: string }) {
  if (value === null || value === undefined || value === "") return <span className="text-muted">Not given</span>;
  if (value instanceof Date) return <time dateTime={value.toISOString()}>{formatDateTime(value)}</time>;
  if (typeof value === "boolean") return <>{value ? "Yes" : "No"}</>;
  if (Array.isArray(value)) {
    if (!value.length) return <span className="text-muted">None</span>;
    return (
      <ol className="list-decimal space-y-3 pl-6">
        {value.map((item, index) => (
          <li key={index}>
            <Value value={item} />
          </li>
        ))}
      </ol>
    );
  }
  if (isRecord(value)) return <Fields record={value} />;
  const text = String(value);
  return <span className="whitespace-pre-line">{field ? valueInWords(field, text) : text}</span>;
}

function Fields({ record }: { record: Record<string, unknown> }) {
  const entries = Object.entries(record).filter(([, value]) => value !== undefined);
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[minmax(8rem,auto)_1fr]">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="font-bold">{fieldLabel(key)}</dt>
          <dd className="mb-2 break-words">
            <Value value={value} field={key} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Each top-level part of the export as a section with its own heading. */
export function ReadableData({ data }: { data: Record<string, unknown> }) {
  const { about, exportedAt, ...sections } = data;
  return (
    <>
      {typeof about === "string" ? <p className="mb-4">{about}</p> : null}
      {exportedAt ? (
        <p className="mb-8 text-muted">
          Prepared on <Value value={new Date(String(exportedAt))} />.
        </p>
      ) : null}
      {Object.entries(sections).map(([key, value]) => (
        <section key={key} aria-labelledby={`data-${key}`} className="mb-10">
          <h2 id={`data-${key}`} className="mb-3 text-2xl">
            {fieldLabel(key)}
          </h2>
          <Value value={value} />
        </section>
      ))}
    </>
  );
}
