// The feeds' three formats and the downloads' two, as pure functions: every format parses and carries what its
// specification requires, hostile text stays text, and a repeat request with the validators is answered 304.
import { parse } from "csv-parse/sync";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DownloadsList, fileSize } from "@/components/open-data/downloads-list";
import { csvHead, csvRows, JSON_END, jsonHead, jsonItems } from "@/lib/open-data/downloads/files";
import { allAtOnce, type OpenDataRecord } from "@/lib/open-data/downloads/resource";
import { parseDownloadFile } from "@/lib/open-data/downloads/paths";
import type { ResourceDefinition } from "@/lib/open-data/downloads/resource";
import { FEED_FORMAT_NAMES, parseFeedFile, questionFeedPath } from "@/lib/open-data/feeds/formats";
import { renderFeed, type FeedDocument } from "@/lib/open-data/feeds/render";
import { csvText } from "@/lib/csv";
import { cacheableResponse } from "@/lib/open-data/http";
import { ATTRIBUTION, OPEN_DATA_LICENCE } from "@/lib/open-data/licence";
import { VALIDATORS } from "../support/feed-validation";

const site = "https://example.test";
/** The files as the job writes them, from records in batches of `size` (all at once when not given). */
function files(definition: ResourceDefinition, records: readonly OpenDataRecord[], size = records.length || 1) {
  const context = { generatedAt: new Date("2026-11-26T10:00:00Z"), site };
  let csv = csvHead(definition);
  let json = jsonHead(definition, records.length, context);
  for (let start = 0; start === 0 || start < records.length; start += size) {
    const batch = records.slice(start, start + size);
    csv += csvRows(definition, batch);
    json += jsonItems(definition, batch, start === 0);
  }
  return { csv, json: json + JSON_END };
}
const HOSTILE = "Why ]]> & <script>alert(1)</script> \u0002 “quotes”?";

function document(entries: number): FeedDocument {
  return {
    title: "Questions about Energy & environment: My Smarter Essex",
    description: "The newest <b>published</b> questions.",
    link: `${site}/questions?theme=energy&district=harlow`,
    self: {
      rss: `${site}/feeds/questions.rss?theme=energy&district=harlow`,
      atom: `${site}/feeds/questions.atom?theme=energy&district=harlow`,
      json: `${site}/feeds/questions.json?theme=energy&district=harlow`,
    },
    site,
    entries: Array.from({ length: entries }, (_, i) => ({
      id: `${site}/questions/${i}`,
      link: `${site}/questions/${i}`,
      title: i === 0 ? HOSTILE : `Question ${i}`,
      published: new Date(Date.UTC(2026, 10, 20 - i)),
      updated: new Date(Date.UTC(2026, 10, 21 - i)),
      summary: "Open · 3 supporters",
      paragraphs: [i === 0 ? `First line\n\n<img src=x onerror=alert(1)> ]]> second` : "Body"],
      categories: ["Energy & environment"],
    })),
  };
}

describe("feeds", () => {
  for (const format of FEED_FORMAT_NAMES) {
    it(`render as valid ${format}, with entries and without`, () => {
      const body = renderFeed(document(3), format);
      const parsed = VALIDATORS[format](body);
      expect(parsed.title).toBe("Questions about Energy & environment: My Smarter Essex");
      expect(parsed.items.map((i) => i.id)).toEqual([0, 1, 2].map((i) => `${site}/questions/${i}`));
      // Markup in a title is text: it reads back as typed (less the control character XML cannot hold).
      expect(parsed.items[0]!.title).toBe(HOSTILE.replace("\u0002", ""));
      // The text's markup is escaped in the content's HTML (and, in XML, in the titles read as HTML).
      if (format === "json") expect(JSON.parse(body).items[0].content_html).not.toContain("<img");
      else for (const tag of ["<img", "<script"]) expect(body).not.toContain(tag);
      expect(parsed.items[0]!.content).toContain("<p>First line</p>");
      expect(VALIDATORS[format](renderFeed(document(0), format)).items).toEqual([]);
    });
  }

  it("give the same bytes for the same entries, so the ETag holds", () => {
    for (const format of FEED_FORMAT_NAMES)
      expect(renderFeed(document(2), format)).toBe(renderFeed(document(2), format));
  });

  it("are addressed by the list's filters, never its sort or page", () => {
    expect(
      questionFeedPath({ theme: "energy", sort: "trending", after: "abc", q: "street lights", status: "open" }, "atom"),
    ).toBe("/feeds/questions.atom?theme=energy&status=open&q=street+lights");
    expect(parseFeedFile("questions.rss", ["questions"])).toEqual({ name: "questions", format: "rss" });
    for (const wrong of ["questions.xml", "answers.rss", "questions.rss.rss", "../questions.rss"])
      expect(parseFeedFile(wrong, ["questions"]), wrong).toBeNull();
  });
});

const resource: ResourceDefinition = {
  resource: "questions",
  title: "Questions",
  description: "Test",
  fields: [
    { name: "id", description: "" },
    { name: "title", description: "" },
    { name: "themes", description: "" },
    { name: "district", description: "" },
    { name: "archived", description: "" },
  ],
  read: async () => allAtOnce([]),
};

describe("bulk download files", () => {
  const records = [
    { title: '=HYPERLINK("http://evil")', id: "a", themes: ["energy", "transport"], district: null, archived: false },
    { id: "b", title: 'Line one\nline "two", three', themes: [], district: "harlow", archived: true },
  ];

  it("CSV: a header of the fields, arrays joined, formulas escaped, UTF-8 with its mark", () => {
    const { csv } = files(resource, records);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows).toEqual([
      ["id", "title", "themes", "district", "archived"],
      ["a", '\'=HYPERLINK("http://evil")', "energy; transport", "", "false"],
      ["b", 'Line one\nline "two", three', "", "harlow", "true"],
    ]);
  });

  it("JSON: the records in the fields' order, with the licence and the time they were made", () => {
    const json = JSON.parse(files(resource, records).json);
    expect(json).toMatchObject({
      resource: "questions",
      generated_at: "2026-11-26T10:00:00.000Z",
      licence: { name: "Open Government Licence v3.0" },
      count: 2,
    });
    expect(Object.keys(json.items[0])).toEqual(["id", "title", "themes", "district", "archived"]);
    expect(json.items[0].themes).toEqual(["energy", "transport"]);
  });

  it("are the same bytes made a batch at a time as made at once: with no records, one batch and many", () => {
    const generatedAt = new Date("2026-11-26T10:00:00Z");
    const names = resource.fields.map((f) => f.name);
    for (const count of [0, 1, 999, 1000, 1001, 2345]) {
      const many = Array.from({ length: count }, (_, i) => ({ ...records[i % 2]!, id: `r${i}` }));
      const csvAtOnce =
        "\uFEFF" +
        csvText([
          names,
          ...many.map((r) =>
            names.map((n) => {
              const value = r[n as keyof typeof r];
              return Array.isArray(value) ? value.join("; ") : value === null ? "" : String(value);
            }),
          ),
        ]);
      for (const size of [1, 7, 1000])
        expect(files(resource, many, size).csv, `${count} by ${size}, CSV`).toBe(csvAtOnce);
      const jsonAtOnce = JSON.stringify({
        resource: resource.resource,
        title: resource.title,
        description: resource.description,
        generated_at: generatedAt.toISOString(),
        source: site,
        licence: OPEN_DATA_LICENCE,
        attribution: ATTRIBUTION,
        fields: resource.fields,
        count,
        items: many.map((r) => Object.fromEntries(names.map((n) => [n, r[n as keyof typeof r] ?? null]))),
      });
      for (const size of [1, 7, 1000])
        expect(files(resource, many, size).json, `${count} by ${size}, JSON`).toBe(jsonAtOnce);
    }
  });

  it("are addressed as /downloads/<resource>.<format>", () => {
    expect(parseDownloadFile("organisations.json")).toEqual({ resource: "organisations", format: "json" });
    for (const wrong of ["people.csv", "questions.xlsx", "questions", "Questions.csv"])
      expect(parseDownloadFile(wrong), wrong).toBeNull();
  });
});

describe("conditional requests", () => {
  const entity = {
    body: "hello",
    contentType: "text/plain",
    cacheControl: "public, max-age=60",
    lastModified: new Date("2026-11-26T10:00:00.500Z"),
  };
  const ask = (headers: Record<string, string>) =>
    cacheableResponse(new Request("https://example.test/x", { headers }), entity);

  it("answers 304 with no body to a matching ETag or an unchanged date, 200 otherwise", async () => {
    const first = ask({});
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("last-modified")).toBe("Thu, 26 Nov 2026 10:00:00 GMT");
    const again = ask({ "If-None-Match": `W/"other", ${etag}` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(ask({ "If-None-Match": '"stale"' }).status).toBe(200);
    expect(ask({ "If-Modified-Since": "Thu, 26 Nov 2026 10:00:00 GMT" }).status).toBe(304);
    expect(ask({ "If-Modified-Since": "Thu, 26 Nov 2026 09:59:59 GMT" }).status).toBe(200);
    // If-None-Match wins over If-Modified-Since.
    expect(ask({ "If-None-Match": '"stale"', "If-Modified-Since": "Thu, 26 Nov 2026 10:00:00 GMT" }).status).toBe(200);
  });
});

describe("the downloads list", () => {
  it("gives each resource its links, sizes and time, says when one is not made yet, and names the licence", () => {
    const made = new Date("2026-11-26T14:40:00Z");
    const html = renderToStaticMarkup(
      createElement(DownloadsList, {
        downloads: [
          {
            resource: "questions",
            title: "Questions",
            description: "Every published question.",
            files: [
              { format: "csv", path: "/downloads/questions.csv", bytes: 123_456, records: 120, generatedAt: made },
              { format: "json", path: "/downloads/questions.json", bytes: 2_345_678, records: 120, generatedAt: made },
            ],
          },
          { resource: "events", title: "Events", description: "Past events.", files: [] },
        ],
      }),
    );
    expect(html).toContain('href="/downloads/questions.csv"');
    expect(html).toContain("Questions as JSON");
    expect(html).toContain("CSV: 123.5 kB, 120 records");
    expect(html).toContain("JSON: 2.3 MB, 120 records");
    expect(html.toLowerCase()).toContain('datetime="2026-11-26t14:40:00.000z"');
    expect(html).toContain("26 November 2026 at 2:40pm");
    expect(html).toContain("Not made yet");
    expect(html).toContain("Open Government Licence v3.0");
    expect([fileSize(1), fileSize(999), fileSize(1000)]).toEqual(["1 byte", "999 bytes", "1 kB"]);
  });
});
