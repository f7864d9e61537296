// The <link rel="alternate"> tags that let browsers and feed readers find a page's feeds (Next's metadata
// `alternates.types`): absolute addresses, since a feed reader reads them away from the page.
import type { Metadata } from "next";
import { FEED_FORMAT_NAMES, FEED_FORMATS, type FeedFormat } from "./formats";

type AlternateTypes = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

export function feedAlternates(
  feeds: readonly { title: string; path: (format: FeedFormat) => string }[],
  site: string,
): AlternateTypes {
  return Object.fromEntries(
    FEED_FORMAT_NAMES.map((format) => [
      FEED_FORMATS[format].contentType,
      feeds.map((feed) => ({
        url: `${site}${feed.path(format)}`,
        title: `${feed.title} (${FEED_FORMATS[format].label})`,
      })),
    ]),
  );
}
