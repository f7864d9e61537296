// Pure helpers for the moderation pages, usable on the server and in the queue's client form alike.
import type { QueueItemRef } from "@/lib/moderation/schemas";

/** The review page of an item, remembering the queue page to come back to. */
export function reviewHref(item: { ref: QueueItemRef }, queuePath: string): string {
  const section = { question: "questions", comment: "comments", name: "names" }[item.ref.kind];
  return `/moderation/${section}/${item.ref.id}?returnTo=${encodeURIComponent(queuePath)}`;
}

/** What the item is, in a few words, for its heading and its checkbox's label. */
export function itemHeading(item: { ref: QueueItemRef; title: string | null; requestedName: string | null }): string {
  if (item.ref.kind === "question") return `Question: ${item.title ?? ""}`;
  if (item.ref.kind === "comment") return `Comment on “${item.title ?? ""}”`;
  return `Public name: ${item.requestedName ?? ""}`;
}
