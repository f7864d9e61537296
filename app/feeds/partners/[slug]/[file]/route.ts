import { notFoundResponse } from "@/lib/open-data/http";
import { siteAddress } from "@/lib/open-data/licence";
import { partnerCommitmentsDocument, partnerResponsesDocument } from "@/lib/open-data/feeds/documents";
import { PARTNER_FEEDS, parseFeedFile } from "@/lib/open-data/feeds/formats";
import { readPartnerCommitments, readPartnerResponses } from "@/lib/open-data/feeds/queries";
import { feedResponse } from "@/lib/open-data/feeds/respond";
import { withErrorResponses } from "@/lib/route-errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string; file: string }> };

/** /feeds/partners/<slug>/responses.rss (or .atom, .json) and …/commitments.rss: an active partner's public record. */
export const GET = withErrorResponses(async (request: Request, { params }: Context) => {
  const { slug, file } = await params;
  const feed = parseFeedFile(file, PARTNER_FEEDS);
  if (!feed) return notFoundResponse("There is no such feed.");
  const site = siteAddress();
  if (feed.name === "responses") {
    const data = await readPartnerResponses(slug);
    if (!data) return notFoundResponse("There is no partner organisation at that address.");
    return feedResponse(request, partnerResponsesDocument(data.organisation, data.items, site), feed.format);
  }
  const data = await readPartnerCommitments(slug);
  if (!data) return notFoundResponse("There is no partner organisation at that address.");
  return feedResponse(request, partnerCommitmentsDocument(data.organisation, data.items, site), feed.format);
});
