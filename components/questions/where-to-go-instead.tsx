import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { WhereToGoInstead as Guide } from "@/lib/settings/contact-routes";

/**
 * "Where to go instead" for the person's district, with a district picker: a plain GET form back to the same
 * page (`action`), so it works without JavaScript. Server-rendered; the page passes what the query returned.
 */
export function WhereToGoInstead({
  guide,
  districts,
  action,
  headingLevel = 2,
  folded,
}: {
  guide: Guide;
  districts: { slug: string; name: string }[];
  /** The page the picker's GET form reloads (its own path). */
  action: string;
  headingLevel?: 2 | 3;
  /**
   * Folded into a details element (the ask page: on a phone the form must start on the first screen); open when
   * the person has just picked an area, so they see the answer to what they asked.
   */
  folded?: { open: boolean };
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Item = folded ? Heading : headingLevel === 2 ? "h3" : "h4";
  const body = (
    <>
      <p className="mb-4">
        This portal is for ideas and questions about a smarter Essex. It cannot fix a fault or deal with a council
        service for you.
        {guide.district ? ` These are the right places for ${guide.district.name}:` : null}
      </p>
      <ul className="mb-4 space-y-4" data-testid="where-to-go-routes">
        {guide.routes.map((route) => (
          <li key={route.key}>
            <Item className="text-lg font-bold">{route.title}</Item>
            <p>{route.description}</p>
            {route.link ? <a href={route.link.url}>{route.link.text}</a> : null}
          </li>
        ))}
      </ul>
      <form method="get" action={action}>
        <SelectField
          name="area"
          label={guide.district ? "Somewhere else in Essex?" : "Where in Essex are you?"}
          options={districts.filter((d) => d.slug !== "essex-wide").map((d) => ({ value: d.slug, label: d.name }))}
          defaultValue={guide.district?.slug ?? ""}
          emptyLabel="Choose your area"
          spacing="mb-4"
        />
        <SubmitButton variant="secondary">Show the councils for this area</SubmitButton>
      </form>
    </>
  );
  if (folded)
    return (
      <details className="mb-6" open={folded.open}>
        <summary className="cursor-pointer text-brand underline underline-offset-2">
          Where to go instead: reporting a problem, council services and emergencies
        </summary>
        <div className="mt-4 border-l-4 border-line pl-4">{body}</div>
      </details>
    );
  return (
    <section aria-labelledby="instead-heading" className="mb-8 border-l-4 border-line pl-4">
      <Heading id="instead-heading" className="mb-2 text-2xl">
        Where to go instead
      </Heading>
      {body}
    </section>
  );
}
