import type { DeliveryConfirmation as Confirmation } from "@/lib/delivery-checks/queries";
import { MIN_ANSWERS_SHOWN } from "@/lib/delivery-checks/schemas";

const ROWS = [
  { key: "yes", words: "say yes, it has been delivered" },
  { key: "partly", words: "say it has partly been delivered" },
  { key: "no", words: "say no, it has not been delivered" },
] as const;

/**
 * What the public said about a delivered commitment, from deliveryConfirmation(commitmentId): each answer as a
 * count over everyone who answered, or, below the threshold, only that too few have answered (a handful of
 * answers would read as more certain than it is). Text only, so nothing depends on colour.
 */
export function DeliveryConfirmation({
  confirmation,
  headingLevel = 2,
}: {
  confirmation: Confirmation;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="delivery-confirmation-heading" className="mb-8">
      <Heading id="delivery-confirmation-heading" className={headingLevel === 2 ? "mb-4 text-3xl" : "mb-3 text-2xl"}>
        Has it been delivered? What supporters say
      </Heading>
      {confirmation.shown ? (
        <>
          <ul className="mb-4 list-disc space-y-1 pl-6">
            {ROWS.map((row) => (
              <li key={row.key}>
                <strong>
                  {confirmation[row.key].toLocaleString("en-GB")} of {confirmation.answered.toLocaleString("en-GB")}
                </strong>{" "}
                who answered {row.words}
              </li>
            ))}
          </ul>
          <p className="text-muted">
            We asked the people who supported the questions this commitment answers. These are their answers, not a
            check by the portal.
          </p>
        </>
      ) : (
        <p>Fewer than {MIN_ANSWERS_SHOWN} people have answered so far.</p>
      )}
    </section>
  );
}
