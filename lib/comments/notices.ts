// What a person is told after writing, changing or deleting a comment: the action redirects to the place the
// comment is shown with `?comment=<notice>`, and that page shows the matching banner.

export const COMMENT_NOTICES = {
  posted: { title: "Success", text: "Your comment has been published." },
  held: {
    title: "Waiting for a moderator",
    text: "A moderator will check your comment before it is published. Until then only you can see it.",
  },
  edited: { title: "Success", text: "Your changes have been saved." },
  deleted: { title: "Success", text: "Your comment has been removed." },
} as const;

export type CommentNotice = keyof typeof COMMENT_NOTICES;

export function isCommentNotice(value: unknown): value is CommentNotice {
  return typeof value === "string" && Object.hasOwn(COMMENT_NOTICES, value);
}

/** The href with `comment=<notice>` added to its query, before any #anchor. */
export function withCommentNotice(href: string, notice: CommentNotice): string {
  const [path, anchor] = href.split("#", 2) as [string, string | undefined];
  const joined = `${path}${path.includes("?") ? "&" : "?"}comment=${notice}`;
  return anchor ? `${joined}#${anchor}` : joined;
}
