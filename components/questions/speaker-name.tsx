import type { Speaker } from "@/lib/questions/speaker";

/**
 * A person's public name with a tag for each organisation they speak for, written out (never colour alone).
 * Screen readers hear "Sam Patel, Essex County Council".
 */
export function SpeakerName({ speaker, bold = false }: { speaker: Speaker; bold?: boolean }) {
  const Name = bold ? "strong" : "span";
  return (
    <>
      <Name>{speaker.name}</Name>
      {speaker.organisations.map((organisation) => (
        <span key={organisation}>
          <span className="sr-only">, </span>
          <span className="ml-2 inline-block border border-ink bg-paper px-1.5 text-sm font-bold text-ink">
            {organisation}
          </span>
        </span>
      ))}
    </>
  );
}
