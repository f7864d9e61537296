import Link from "next/link";

export const metadata = { title: "Accessibility statement" };

export default function AccessibilityStatementPage() {
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="mb-6 text-4xl">Accessibility statement for My Smarter Essex</h1>
      <p>We want as many people as possible to be able to use this website. For example, you should be able to:</p>
      <ul className="list-disc space-y-2 pl-6">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>navigate the whole website using just a keyboard</li>
        <li>navigate the website using speech recognition software</li>
        <li>listen to the website using a screen reader (including recent versions of JAWS, NVDA and VoiceOver)</li>
      </ul>
      <p>
        We have also made the text as simple as we can, and we turn off animation if your device asks for reduced
        motion.
      </p>

      <h2 className="pt-4 text-2xl">How we test this website</h2>
      <p>
        Every page is checked automatically against the Web Content Accessibility Guidelines (WCAG) version 2.2, level
        AA, each time the website changes, and every journey we test is completed with a keyboard.
      </p>

      <h2 className="pt-4 text-2xl">Compliance status</h2>
      <p>
        This website is designed to be fully compliant with WCAG 2.2 level AA, as the Public Sector Bodies (Websites and
        Mobile Applications) (No. 2) Accessibility Regulations 2018 require. If you find a problem we have missed,
        please <Link href="/contact">tell us through the contact page</Link>.
      </p>

      <h2 className="pt-4 text-2xl">Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations. If
        you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service
        (EASS).
      </p>
    </article>
  );
}
