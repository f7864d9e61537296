// Markers ts_headline puts around search matches: control characters no one types, split out when rendering.
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";
