/** The steps to follow about a safeguarding concern (the portal's setting), as an ordered list. */
export function SafeguardingSteps({ steps }: { steps: string[] }) {
  return (
    <section aria-labelledby="steps-heading" className="mb-8 border-l-4 border-brand pl-4">
      <h2 id="steps-heading" className="mb-3 text-2xl">
        What to do now
      </h2>
      <ol className="list-decimal space-y-2 pl-6">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
