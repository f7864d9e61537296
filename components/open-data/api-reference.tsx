import type { DataTypeView, EndpointView, FieldView } from "@/lib/open-data/api/reference-view";

/** Text with `code` spans, as the OpenAPI descriptions write them. */
export function WithCode({ text }: { text: string }) {
  return (
    <>
      {text.split("`").map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="break-all">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

function TypeName({ type, known }: { type: string; known: Set<string> }) {
  // A data type's name links to its description further down the page.
  return (
    <>
      {type.split(/(\b[A-Z][A-Za-z]+\b)/).map((part, i) =>
        known.has(part) ? (
          <a key={i} href={`#type-${part}`}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

function FieldTable({
  caption,
  fields,
  known,
  where,
}: {
  caption: string;
  fields: (FieldView & { where?: string })[];
  known: Set<string>;
  where?: boolean;
}) {
  return (
    <table className="mb-6 w-full table-fixed border-collapse text-left text-base">
      <caption className="mb-2 text-left font-bold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="w-1/4 py-2 pr-4">
            Name
          </th>
          <th scope="col" className="w-1/3 py-2 pr-4">
            Type
          </th>
          <th scope="col" className="py-2">
            What it is
          </th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.name} className="border-b border-line align-top">
            <th scope="row" className="py-2 pr-4 font-normal">
              <code className="break-all">{field.name}</code>
              {where && field.where ? <span className="block text-muted">{field.where}</span> : null}
              {field.required ? <span className="block text-muted">required</span> : null}
            </th>
            <td className="py-2 pr-4 break-words">
              <TypeName type={field.type} known={known} />
            </td>
            <td className="py-2">
              <WithCode text={field.description} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EndpointReference({ endpoint, known }: { endpoint: EndpointView; known: Set<string> }) {
  return (
    <section aria-labelledby={`endpoint-${endpoint.id}`} className="mb-10 border-t border-line pt-6">
      <h3 id={`endpoint-${endpoint.id}`} className="mb-2 text-2xl">
        {endpoint.summary}
      </h3>
      <p className="mb-3 font-bold">
        <code className="break-all">GET {endpoint.path}</code>
      </p>
      <p className="mb-4">
        <WithCode text={endpoint.description} />
      </p>
      {endpoint.parameters.length ? (
        <FieldTable caption="Parameters" fields={endpoint.parameters} known={known} where />
      ) : (
        <p className="mb-4">It takes no parameters.</p>
      )}
      <p className="mb-2">
        Returns <TypeName type={endpoint.returns} known={known} />.
      </p>
      <dl className="mb-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {endpoint.responses.map((r) => (
          <div key={r.status} className="contents">
            <dt className="font-bold">{r.status}</dt>
            <dd>
              <WithCode text={r.description} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="mb-1 font-bold">Example</p>
      <pre className="mb-4 bg-wash p-3 text-base whitespace-pre-wrap break-all">
        <code>{endpoint.example}</code>
      </pre>
    </section>
  );
}

export function DataTypeReference({ type, known }: { type: DataTypeView; known: Set<string> }) {
  return (
    <section aria-labelledby={`type-${type.name}`} className="mb-8">
      <h3 id={`type-${type.name}`} className="mb-2 text-xl">
        {type.name}
      </h3>
      {type.description ? (
        <p className="mb-2">
          <WithCode text={type.description} />
        </p>
      ) : null}
      <FieldTable caption={`Fields of ${type.name}`} fields={type.fields} known={known} />
    </section>
  );
}
