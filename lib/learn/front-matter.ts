// Learn pages are Markdown files with a short header of "key: value" lines between two "---" lines. Read with a
// few lines of code rather than a YAML library: the header holds only plain one-line strings, and an editor who
// writes something else gets a clear error naming the file and the line.

export interface FrontMatterDocument {
  fields: Record<string, string>;
  body: string;
}

export class LearnContentError extends Error {}

/** Splits a Markdown file into its header fields and its body. `source` names the file in errors. */
export function parseFrontMatter(text: string, source: string): FrontMatterDocument {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!normalised.startsWith("---\n")) return { fields: {}, body: normalised.trim() };
  const end = normalised.indexOf("\n---", 3);
  if (end === -1) throw new LearnContentError(`${source}: the header starts with "---" but has no closing "---".`);
  const fields: Record<string, string> = {};
  const lines = normalised.slice(4, end).split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    const match = /^([a-zA-Z][\w-]*):\s*(.*)$/.exec(line);
    if (!match?.[1]) throw new LearnContentError(`${source}, header line ${index + 2}: write it as "name: value".`);
    fields[match[1]] = unquote((match[2] ?? "").trim());
  });
  return {
    fields,
    body: normalised
      .slice(end + 4)
      .replace(/^-*\n/, "")
      .trim(),
  };
}

function unquote(value: string): string {
  const quoted = /^"(.*)"$/.exec(value) ?? /^'(.*)'$/.exec(value);
  return quoted?.[1] ?? value;
}

/** A required header field, or an error that names the file and the field. */
export function requiredField(doc: FrontMatterDocument, name: string, source: string): string {
  const value = doc.fields[name];
  if (!value) throw new LearnContentError(`${source}: the header needs a "${name}:" line.`);
  return value;
}
