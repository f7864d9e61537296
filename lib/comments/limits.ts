// The size limit of a comment, in a module free of zod so the browser's character count shares it without
// shipping zod to every question page (issue 21: about 31 KB of compressed JavaScript).
/** The most a comment may say (the column is varchar(2000), and a check keeps a live comment non-blank). */
export const COMMENT_MAX = 2000;
