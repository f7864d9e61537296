import { FEED_FORMATS, type FeedFormat } from "@/lib/open-data/feeds/formats";

/**
 * A visible way to follow a list in a feed reader: the RSS feed as the main link, Atom and JSON Feed beside it,
 * and one sentence on what a feed is. `linkText` names what is followed when a page has more than one feed.
 */
export function FollowFeed({
  linkText = "Follow this list",
  what,
  paths,
}: {
  linkText?: string;
  /** What arrives in the feed reader, in plain words: "new questions", "its new answers". */
  what: string;
  paths: Record<FeedFormat, string>;
}) {
  return (
    <div className="mb-6 max-w-3xl border-l-4 border-line pl-4 text-base" data-follow-feed>
      <p>
        <a href={paths.rss} type={FEED_FORMATS.rss.contentType} className="font-bold">
          {linkText}
        </a>{" "}
        in a feed reader to see {what} without visiting this page. Also as{" "}
        <a href={paths.atom} type={FEED_FORMATS.atom.contentType}>
          Atom<span className="sr-only"> ({linkText.toLowerCase()})</span>
        </a>{" "}
        or{" "}
        <a href={paths.json} type={FEED_FORMATS.json.contentType}>
          JSON Feed<span className="sr-only"> ({linkText.toLowerCase()})</span>
        </a>
        .
      </p>
      <p className="text-muted">
        A feed is a web address that an app called a feed reader checks for you, and it shows you anything new.
      </p>
    </div>
  );
}
