import { notFoundResponse } from "@/lib/open-data/http";
import { siteAddress } from "@/lib/open-data/licence";
import { questionsFeedDocument } from "@/lib/open-data/feeds/documents";
import { parseFeedFile } from "@/lib/open-data/feeds/formats";
import { readQuestionFeed } from "@/lib/open-data/feeds/queries";
import { feedResponse } from "@/lib/open-data/feeds/respond";
import { browseSchema } from "@/lib/questions/schemas";
import { withErrorResponses } from "@/lib/route-errors";

export const dynamic = "force-dynamic";

/**
 * /feeds/questions.rss, .atom or .json: the newest published questions for the filters and search of a /questions
 * address (theme, district, status, organisation, q), whatever its sort and page.
 */
export const GET = withErrorResponses(async (request: Request, { params }: { params: Promise<{ file: string }> }) => {
  const feed = parseFeedFile((await params).file, ["questions"] as const);
  if (!feed) return notFoundResponse("There is no such feed. Try /feeds/questions.rss.");
  const search = new URL(request.url).searchParams;
  const filters = browseSchema.parse(Object.fromEntries([...search.keys()].map((key) => [key, search.get(key)])));
  const site = siteAddress();
  const document = questionsFeedDocument(await readQuestionFeed(filters), filters, site);
  return feedResponse(request, document, feed.format);
});
