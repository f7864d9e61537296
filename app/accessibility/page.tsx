import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Accessibility statement" };

/** When this statement was written and last checked against the tests it describes. */
const PREPARED = "26 November 2026";

const sectionHeading = "pt-4 text-2xl";

/**
 * The accessibility statement, in the form the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
 * Accessibility Regulations 2018 expect (the GOV.UK model statement). "How we tested" says only what the checks in
 * `npm test` and bench/ do: change those and this page together.
 */
export default function AccessibilityStatementPage() {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="mb-6 text-4xl">Accessibility statement for My Smarter Essex</h1>
      <p>
        This accessibility statement applies to the My Smarter Essex website, where people in Essex ask questions and
        share ideas about a smarter Essex, and partner organisations answer them. The website is run by CSES with Essex
        County Council, Anglia Ruskin University and local engineering industry.
      </p>
      <p>We want as many people as possible to be able to use this website. For example, you should be able to:</p>
      <ul className="list-disc space-y-2 pl-6">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>navigate the whole website using just a keyboard</li>
        <li>navigate the website using speech recognition software</li>
        <li>listen to the website using a screen reader</li>
        <li>turn off animation by asking your device for reduced motion</li>
      </ul>
      <p>
        We have also made the text as simple as we can. The words the partners use are explained in a{" "}
        <Link href="/learn/glossary">glossary</Link>.
      </p>

      <h2 className={sectionHeading}>How accessible this website is</h2>
      <p>
        Our automated and scripted checks find no failures against the Web Content Accessibility Guidelines (WCAG)
        version 2.2 at level AA on the pages and journeys they cover. Automated tools can find only some kinds of
        accessibility problem, and the website has not yet been audited by an independent accessibility specialist or
        tested with disabled users, so there may be problems we do not know about.
      </p>

      <h2 className={sectionHeading}>Feedback and contact information</h2>
      <p>
        If you need information on this website in a different format, or you find a problem, please{" "}
        <Link href="/contact">tell us through the contact page</Link>. Choose &quot;Something I could not use or read
        (accessibility)&quot; and leave an email address if you would like a reply.
      </p>

      <h2 className={sectionHeading}>Reporting accessibility problems with this website</h2>
      <p>
        We are always looking to improve the accessibility of this website. If you find any problems not listed on this
        page, or think we are not meeting accessibility requirements,{" "}
        <Link href="/contact">contact us through the contact page</Link>.
      </p>

      <h2 className={sectionHeading}>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites
        and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the &quot;accessibility regulations&quot;). If
        you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service
        (EASS).
      </p>

      <h2 className={sectionHeading}>Technical information about this website&apos;s accessibility</h2>
      <p>
        CSES is committed to making its website accessible, in accordance with the Public Sector Bodies (Websites and
        Mobile Applications) (No. 2) Accessibility Regulations 2018.
      </p>

      <h3 className="pt-2 text-xl">Compliance status</h3>
      <p>
        This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. Our
        checks find no failures, but until the website has been audited by hand we cannot say that it is fully
        compliant.
      </p>

      <h3 className="pt-2 text-xl">Non-accessible content</h3>
      <p>
        We do not know of any content on this website that fails WCAG 2.2 AA. If we find any, or an audit does, we will
        list it here with what we are doing about it and when.
      </p>
      <h4 className="pt-2 text-lg font-bold">Content that is not within the scope of the accessibility regulations</h4>
      <p>
        Questions, comments and ideas are written by the public. We check that they keep to our{" "}
        <Link href="/house-rules">house rules</Link>, but we do not rewrite them for accessibility.
      </p>

      <h2 className={sectionHeading}>How we tested this website</h2>
      <p>
        The website is tested automatically each time it changes. The tests run in the Chromium web browser against a
        production build of the website, with the data of a demonstration site. They include:
      </p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>Automated accessibility checks</strong> with the axe-core tool, set to the WCAG 2.0, 2.1 and 2.2 level
          A and AA rules, on every route of the website, for visitors and for signed-in residents, partners, moderators
          and administrators, including error messages and other states along the way.
        </li>
        <li>
          <strong>Keyboard journeys</strong>: key journeys, such as supporting a question and filling in forms, are
          completed with the keyboard alone, and we check that the focus indicator is visible and has enough contrast.
        </li>
        <li>
          <strong>Reflow and zoom</strong>: key pages are checked at a width of 320 CSS pixels, which is what a 400%
          zoom on a typical laptop screen gives, for content that would need scrolling sideways, and with text at 200%.
        </li>
        <li>
          <strong>Reduced motion</strong>: animations and transitions are turned off when the device asks for reduced
          motion.
        </li>
        <li>
          <strong>Colour contrast</strong> of text, controls and focus indicators, checked against the WCAG ratios.
        </li>
        <li>
          <strong>Lighthouse</strong>: Google&apos;s Lighthouse tool measures the accessibility and performance of key
          pages on its mobile settings, with a script kept alongside the website&apos;s other benchmarks.
        </li>
      </ul>
      <p>
        These are the checks in the website&apos;s test suite (<code>npm test</code>) and its benchmarks (the{" "}
        <code>bench</code> folder).
      </p>

      <h2 className={sectionHeading}>Preparation of this accessibility statement</h2>
      <p>
        This statement was prepared on {PREPARED}. It was last reviewed on {PREPARED}. The website is tested each time
        it changes, as described above.
      </p>
    </article>
  );
}
