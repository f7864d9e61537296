// What each feed says: its title and description for the filters in use, and each entry's title, summary and
// text, in the plain English of the pages they follow. Pure.
import { commitmentStateLabel } from "@/lib/commitments/policy";
import { formatDate, plural } from "@/lib/format";
import type { BrowseParams } from "@/lib/questions/schemas";
import { statusLabel } from "@/lib/questions/status";
import { FEED_FORMAT_NAMES, partnerFeedPath, questionFeedPath, questionFeedQuery, type FeedFormat } from "./formats";
import type { PartnerCommitmentItem, PartnerResponseItem, QuestionFeedData } from "./queries";
import type { FeedDocument } from "./render";

const PORTAL = "My Smarter Essex";

function selfLinks(site: string, path: (format: FeedFormat) => string): Record<FeedFormat, string> {
  return Object.fromEntries(FEED_FORMAT_NAMES.map((format) => [format, `${site}${path(format)}`])) as Record<
    FeedFormat,
    string
  >;
}

/** "about Energy and environment, in Harlow, answered by Essex County Council, at Answered, matching “bus”". */
export function describeQuestionFilters(params: BrowseParams, names: QuestionFeedData["filters"]): string {
  const parts: string[] = [];
  if (params.theme) parts.push(`about ${names.theme ?? params.theme}`);
  if (params.district) parts.push(`in ${names.district ?? params.district}`);
  if (params.organisation) parts.push(`answered by ${names.organisation ?? params.organisation}`);
  if (params.status) parts.push(`with the status “${statusLabel(params.status)}”`);
  if (params.q) parts.push(`matching “${params.q}”`);
  return parts.join(", ");
}

export function questionsFeedDocument(data: QuestionFeedData, params: BrowseParams, site: string): FeedDocument {
  const filters = describeQuestionFilters(params, data.filters);
  return {
    title: filters ? `Questions ${filters}: ${PORTAL}` : `Questions and ideas: ${PORTAL}`,
    description: `The newest published questions and ideas${filters ? ` ${filters}` : ""} on ${PORTAL}, where Essex residents ask and partners answer.`,
    link: `${site}/questions${questionFeedQuery(params)}`,
    self: selfLinks(site, (format) => questionFeedPath(params, format)),
    site,
    entries: data.items.map((q) => {
      const summary = [
        statusLabel(q.status),
        plural(q.supportCount, "supporter"),
        ...(q.district ? [q.district.name] : []),
      ].join(" · ");
      return {
        id: `${site}/questions/${q.id}`,
        link: `${site}/questions/${q.id}`,
        title: q.title,
        published: q.publishedAt,
        updated: q.updatedAt,
        summary,
        paragraphs: [
          q.body,
          `Status: ${statusLabel(q.status)}. ${plural(q.supportCount, "supporter")}, ${plural(q.commentCount, "comment")}.`,
          ...(q.themes.length ? [`Themes: ${q.themes.map((t) => t.name).join(", ")}.`] : []),
          ...(q.district ? [`District: ${q.district.name}.`] : []),
          ...(q.answeredBy.length ? [`Answered by ${q.answeredBy.join(", ")}.`] : []),
        ],
        categories: q.themes.map((t) => t.name),
      };
    }),
  };
}

export function partnerResponsesDocument(
  organisation: { slug: string; name: string },
  items: readonly PartnerResponseItem[],
  site: string,
): FeedDocument {
  return {
    title: `Answers from ${organisation.name}: ${PORTAL}`,
    description: `The newest public answers ${organisation.name} has given to residents' questions on ${PORTAL}.`,
    link: `${site}/partners/${organisation.slug}`,
    self: selfLinks(site, (format) => partnerFeedPath(organisation.slug, "responses", format)),
    site,
    entries: items.map((r) => ({
      id: `${site}/questions/${r.question.id}#response-${r.id}`,
      link: `${site}/questions/${r.question.id}#response-${r.id}`,
      title: `${organisation.name} answered: ${r.question.title}`,
      published: r.createdAt,
      updated: r.editedAt ?? r.createdAt,
      summary: `The question is now: ${statusLabel(r.question.status)}`,
      paragraphs: [r.body, `The question: ${r.question.title}. It is now: ${statusLabel(r.question.status)}.`],
      categories: [],
    })),
  };
}

export function partnerCommitmentsDocument(
  organisation: { slug: string; name: string },
  items: readonly PartnerCommitmentItem[],
  site: string,
): FeedDocument {
  return {
    title: `Commitments by ${organisation.name}: ${PORTAL}`,
    description: `What ${organisation.name} has promised to do about residents' questions on ${PORTAL}, and how far it has got.`,
    link: `${site}/commitments?partner=${encodeURIComponent(organisation.slug)}`,
    self: selfLinks(site, (format) => partnerFeedPath(organisation.slug, "commitments", format)),
    site,
    entries: items.map((c) => {
      const state = commitmentStateLabel(c.state);
      return {
        id: `${site}/commitments/${c.id}`,
        link: `${site}/commitments/${c.id}`,
        title: `${c.title} (${state})`,
        published: c.createdAt,
        updated: c.updatedAt,
        summary: `${state} · ${c.progress}% done · target ${formatDate(c.targetDate)}`,
        paragraphs: [
          c.description,
          `${state}: ${c.progress}% done. Target date: ${formatDate(c.targetDate)}. It answers ${plural(c.questionCount, "question")}.`,
          ...(c.evidence ? [`Evidence of delivery: ${c.evidence}`] : []),
          ...(c.droppedReason ? [`Why it was dropped: ${c.droppedReason}`] : []),
        ],
        categories: [state],
      };
    }),
  };
}
