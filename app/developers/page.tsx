import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { DataTypeReference, EndpointReference } from "@/components/open-data/api-reference";
import { DownloadsList } from "@/components/open-data/downloads-list";
import { listDownloads } from "@/lib/open-data/downloads/queries";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/open-data/api/schemas";
import { OPEN_GOVERNMENT_LICENCE, RATE_LIMIT_PER_IP, RATE_LIMIT_SHARED } from "@/lib/open-data/api/openapi";
import { apiReference } from "@/lib/open-data/api/reference-view";
import { requestOrigin } from "@/lib/request-origin";
import { listCommitments } from "@/lib/commitments/queries";
import { listMostSupportedQuestions } from "@/lib/questions/queries";

export const metadata: Metadata = { title: "Open data and the API" };

/** The open-data API's documentation, rendered on the server from its OpenAPI document (no script needed). */
export default async function DevelopersPage() {
  const host = (await headers()).get("host") ?? "localhost";
  const origin = requestOrigin(new Request(`http://${host}/developers`));
  // Real ids in the examples that take one, so each example can be run as it stands.
  const [[question], commitments, downloads] = await Promise.all([
    listMostSupportedQuestions(1),
    listCommitments({}, { pageSize: 1 }),
    listDownloads(),
  ]);
  const { endpoints, dataTypes, documentUrl } = apiReference(origin, {
    question: question?.id,
    commitment: commitments.items[0]?.id,
  });
  const known = new Set(dataTypes.map((t) => t.name));
  return (
    <article className="max-w-3xl">
      <h1 className="mb-6 text-4xl">Open data and the API</h1>
      <p className="mb-4 text-xl">
        Everything published on My Smarter Essex is open data: the questions residents ask, the partners&apos; answers,
        their commitments and how each partner is doing. Researchers, journalists and residents may reuse it.
      </p>
      <p className="mb-4">
        The API answers in JSON, needs no account or key, and can be called from any website (it allows cross-origin
        reads). It only ever gives what anyone can see on the portal: no one&apos;s name, email address or account,
        nothing waiting for moderation or removed by a moderator, and no partner&apos;s internal notes.
      </p>
      <p className="mb-8">
        The full description is an OpenAPI 3.1 document at{" "}
        <a href={documentUrl} className="break-all">
          {documentUrl}
        </a>
        : tools can build a client from it.
      </p>

      <h2 className="mb-3 text-3xl">Licence</h2>
      <p className="mb-4">
        You may copy, publish, adapt and use the data, also commercially, under the{" "}
        <a href={OPEN_GOVERNMENT_LICENCE.url}>{OPEN_GOVERNMENT_LICENCE.name}</a>. Say where it came from, for example:
        &ldquo;Contains public sector information from My Smarter Essex licensed under the Open Government Licence
        v3.0.&rdquo;
      </p>

      <h2 id="bulk-downloads" className="mt-8 mb-3 text-3xl">
        Bulk downloads
      </h2>
      <DownloadsList downloads={downloads} />

      <h2 className="mt-8 mb-3 text-3xl">How the API works</h2>
      <h3 className="mb-2 text-2xl">Pages</h3>
      <p className="mb-4">
        Lists come a page at a time: {DEFAULT_PAGE_SIZE} items unless you ask for up to {MAX_PAGE_SIZE} with{" "}
        <code>limit</code>. Follow the address in <code>links.next</code> until it is <code>null</code>. Pages never
        repeat or skip an item when new questions arrive while you read them.
      </p>
      <h3 className="mb-2 text-2xl">Fair use and rate limits</h3>
      <p className="mb-4">
        Each IP address may make {RATE_LIMIT_PER_IP} requests a minute. Every answer says where you stand in its{" "}
        <code>RateLimit</code> and <code>RateLimit-Policy</code> headers (for example{" "}
        <code>&quot;per-ip&quot;;r=57;t=21</code>: 57 requests left, 21 seconds until the count starts again). Past the
        limit the answer is <code>429 Too Many Requests</code> with a <code>Retry-After</code> header giving the seconds
        to wait. Where the portal cannot tell callers apart, they share an allowance of {RATE_LIMIT_SHARED} a minute
        (the policy is then called <code>&quot;shared&quot;</code>). For whole tables, use the bulk downloads instead of
        paging through everything.
      </p>
      <h3 className="mb-2 text-2xl">Caching</h3>
      <p className="mb-4">
        Every answer has an <code>ETag</code>. Send it back in an <code>If-None-Match</code> header and, if nothing has
        changed, the answer is <code>304 Not Modified</code> with no body. <code>Cache-Control</code> says how long each
        answer may be kept: a minute for questions, five minutes for scorecards, commitments and events, an hour for
        themes and districts.
      </p>
      <h3 className="mb-2 text-2xl">Errors</h3>
      <p className="mb-4">
        Errors are problem details (RFC 9457, <code>application/problem+json</code>) with a <code>title</code>, a{" "}
        <code>status</code> and a <code>detail</code> that says what went wrong. A wrong or unknown query parameter is a{" "}
        <code>400</code> that names each one in <code>errors</code>; anything not published is a <code>404</code>.
      </p>
      <h3 className="mb-2 text-2xl">Stability</h3>
      <p className="mb-8">
        Field names are fixed for version 1 (<code>/api/v1</code>): new fields may be added, none will be renamed or
        removed. Dates and times are ISO 8601 in UTC; dates alone (target dates) are days in Essex.
      </p>

      <h2 className="mb-3 text-3xl">Endpoints</h2>
      <ul className="mb-8 list-disc space-y-1 pl-6">
        {endpoints.map((endpoint) => (
          <li key={endpoint.id}>
            <a href={`#endpoint-${endpoint.id}`}>{endpoint.summary}</a>
          </li>
        ))}
      </ul>
      {endpoints.map((endpoint) => (
        <EndpointReference key={endpoint.id} endpoint={endpoint} known={known} />
      ))}

      <h2 className="mt-4 mb-3 text-3xl">Data types</h2>
      <p className="mb-6">
        The objects the endpoints return, field by field. Questions link to their page on the portal in <code>url</code>
        ; see also <Link href="/questions">the questions</Link> and <Link href="/partners">how partners are doing</Link>
        .
      </p>
      {dataTypes.map((type) => (
        <DataTypeReference key={type.name} type={type} known={known} />
      ))}
    </article>
  );
}
