// The size limits of a question, in a module free of zod so the browser's character counts share them.
export const TITLE_MIN = 10;
export const TITLE_MAX = 140;
export const BODY_MIN = 20;
export const BODY_MAX = 5000;
export const THEMES_MAX = 3;
