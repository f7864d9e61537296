import { howWorkedOut } from "@/lib/scorecard/wording";

/** "How these are worked out": the scorecard's definitions in plain English, on both scorecard pages. */
export function HowWorkedOut({ targetWorkingDays }: { targetWorkingDays: number }) {
  return (
    <section aria-labelledby="how-worked-out" className="mb-12 max-w-3xl">
      <h2 id="how-worked-out" className="mb-4 text-3xl">
        How these are worked out
      </h2>
      {howWorkedOut(targetWorkingDays).map((part) => (
        <div key={part.heading}>
          <h3 className="mb-2 text-xl">{part.heading}</h3>
          <p className="mb-4">{part.text}</p>
        </div>
      ))}
    </section>
  );
}
