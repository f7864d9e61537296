import { MATCH_END, MATCH_START } from "@/lib/questions/browse/highlight-markers";

/** Text with search matches (between the database's markers) wrapped in <mark>; everything escaped by React. */
export function HighlightedText({ text }: { text: string }) {
  const parts = text.split(MATCH_START);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return <span key={i}>{part.replaceAll(MATCH_END, "")}</span>;
        const [match, rest = ""] = part.split(MATCH_END);
        return (
          <span key={i}>
            <mark className="bg-focus text-ink">{match}</mark>
            {rest.replaceAll(MATCH_END, "")}
          </span>
        );
      })}
    </>
  );
}
