// Checks a feed against the elements its specification requires, after parsing it with a feed parser
// (@rowanmanning/feed-parser for RSS and Atom; JSON Feed against a JSON Schema of version 1.1 with ajv).
//   RSS 2.0 (https://www.rssboard.org/rss-specification): <rss version="2.0">, a channel with title, link and
//     description; every item a title or description, and here a guid; an atom:link rel="self" (RSS Best Practices).
//   Atom 1.0 (RFC 4287): a feed id, title and updated, an author (no entry has its own), a link rel="self"; every
//     entry an id, title and updated; ids are IRIs, times RFC 3339.
//   JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): version, title, items; each item an id and content.
import { parseFeed } from "@rowanmanning/feed-parser";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { expect } from "vitest";

type Element = ReturnType<typeof parseFeed>["element"];

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function child(parent: Element, name: string): Element | null {
  return (
    (parent.children.find((c) => typeof c !== "string" && c.name.toLowerCase() === name.toLowerCase()) as
      Element | undefined) ?? null
  );
}

function children(parent: Element, name: string): Element[] {
  return parent.children.filter(
    (c): c is Element => typeof c !== "string" && c.name.toLowerCase() === name.toLowerCase(),
  );
}

function text(parent: Element, name: string): string {
  return child(parent, name)?.textContent.trim() ?? "";
}

export interface ParsedFeed {
  title: string;
  items: { id: string; title: string; url: string | null; content: string }[];
}

export function validateRss(xml: string): ParsedFeed {
  const feed = parseFeed(xml);
  expect(feed.meta.type).toBe("rss");
  // The parser's element for an RSS feed is its channel.
  const channel = feed.element;
  expect(channel.name).toBe("channel");
  expect(channel.parent?.name).toBe("rss");
  expect(channel.parent?.getAttribute("version")).toBe("2.0");
  for (const required of ["title", "link", "description"]) expect(text(channel, required), required).not.toBe("");
  expect(new URL(text(channel, "link")).protocol).toMatch(/^https?:$/);
  const self = children(channel, "link").find((l) => l.getAttribute("rel") === "self");
  expect(self?.getAttribute("href"), "atom:link rel=self").toBe(feed.self);
  expect(feed.self).toMatch(/^https?:\/\//);
  for (const item of children(channel, "item")) {
    expect(text(item, "title") || text(item, "description"), "item title or description").not.toBe("");
    expect(text(item, "guid"), "item guid").not.toBe("");
    expect(Number.isNaN(Date.parse(text(item, "pubDate"))), "pubDate").toBe(false);
  }
  return {
    title: feed.title ?? "",
    items: feed.items.map((i) => ({ id: i.id ?? "", title: i.title ?? "", url: i.url, content: i.content ?? "" })),
  };
}

export function validateAtom(xml: string): ParsedFeed {
  const feed = parseFeed(xml);
  expect(feed.meta.type).toBe("atom");
  const root = feed.element;
  expect(root.name).toBe("feed");
  expect(root.namespaceUri).toBe("http://www.w3.org/2005/Atom");
  expect(text(root, "id"), "feed id").toMatch(/^https?:\/\//);
  expect(text(root, "title"), "feed title").not.toBe("");
  expect(text(root, "updated"), "feed updated").toMatch(RFC3339);
  expect(text(child(root, "author") ?? root, "name"), "feed author").not.toBe("");
  const self = children(root, "link").find((l) => l.getAttribute("rel") === "self");
  expect(self?.getAttribute("href"), "link rel=self").toMatch(/^https?:\/\//);
  for (const entry of children(root, "entry")) {
    expect(text(entry, "id"), "entry id").toMatch(/^https?:\/\//);
    expect(text(entry, "title"), "entry title").not.toBe("");
    expect(text(entry, "updated"), "entry updated").toMatch(RFC3339);
  }
  return {
    title: feed.title ?? "",
    items: feed.items.map((i) => ({ id: i.id ?? "", title: i.title ?? "", url: i.url, content: i.content ?? "" })),
  };
}

const jsonFeedSchema = {
  type: "object",
  required: ["version", "title", "items"],
  properties: {
    version: { const: "https://jsonfeed.org/version/1.1" },
    title: { type: "string", minLength: 1 },
    home_page_url: { type: "string", format: "uri" },
    feed_url: { type: "string", format: "uri" },
    description: { type: "string" },
    language: { type: "string" },
    authors: { type: "array", items: { type: "object", minProperties: 1 } },
    items: {
      type: "array",
      items: {
        type: "object",
        required: ["id"],
        anyOf: [{ required: ["content_html"] }, { required: ["content_text"] }],
        properties: {
          id: { type: "string", minLength: 1 },
          url: { type: "string", format: "uri" },
          title: { type: "string" },
          content_html: { type: "string" },
          summary: { type: "string" },
          date_published: { type: "string", format: "date-time" },
          date_modified: { type: "string", format: "date-time" },
          tags: { type: "array", items: { type: "string" } },
        },
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const checkJsonFeed = ajv.compile(jsonFeedSchema);

export function validateJsonFeed(json: string): ParsedFeed {
  const feed = JSON.parse(json) as {
    title: string;
    items: { id: string; title?: string; url?: string; content_html: string }[];
  };
  expect(checkJsonFeed(feed), JSON.stringify(checkJsonFeed.errors)).toBe(true);
  return {
    title: feed.title,
    items: feed.items.map((i) => ({ id: i.id, title: i.title ?? "", url: i.url ?? null, content: i.content_html })),
  };
}

export const VALIDATORS = { rss: validateRss, atom: validateAtom, json: validateJsonFeed } as const;
