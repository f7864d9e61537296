import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/learn/print-button";

export const metadata: Metadata = { title: "For teachers: run a session with your class" };

const h2 = "mt-8 mb-3 text-2xl print:mt-3 print:mb-1 print:text-base";
const list = "list-disc space-y-1 pl-6 print:space-y-0";

/**
 * How a teacher runs a session with a class through an event (the flow of issue 18), what students give (nothing
 * that identifies them) and safeguarding. Printing it gives a one-page guide: the print: variants tighten the type
 * and spacing, and the site's header, banner and footer are not printed.
 */
export default function TeachersPage() {
  return (
    <article className="max-w-3xl print:max-w-none print:text-[9.5pt] print:leading-snug">
      <h1 className="mb-4 text-4xl print:mb-1 print:text-xl">For teachers: run a session with your class</h1>
      <p className="mb-4 text-xl print:mb-1 print:text-[10pt]">
        Your students learn what a smarter Essex could mean, ask their own questions in class, and see Essex County
        Council, Anglia Ruskin University and local industry answer them in public. Students need no email address and
        no account.
      </p>
      <p className="mb-6 print:hidden">
        <PrintButton />
      </p>

      <h2 className={h2}>Before the session</h2>
      <ol className="list-decimal space-y-1 pl-6 print:space-y-0">
        <li>
          <strong>Get an event set up.</strong> Events are created by the partner organisations and the CSES team.{" "}
          <Link href="/contact">Contact us</Link> with your school, the date and the year group. You can be made a
          facilitator of your event, so that you can check your students&apos; questions yourself.
        </li>
        <li>
          <strong>Prepare the topic.</strong> The <Link href="/learn">learn pages</Link> explain smart places in plain
          English, theme by theme, with real examples and the questions people are already asking.
        </li>
        <li>
          <strong>Check the room.</strong> Students need a phone, tablet or Chromebook with a web browser. The event has
          a projector screen with the join code and a QR code, and the questions updating live.
        </li>
      </ol>

      <h2 className={h2}>During the session</h2>
      <ol className="list-decimal space-y-1 pl-6 print:space-y-0">
        <li>
          Students go to <strong>/join</strong> on this website and type the short join code, or scan the QR code on the
          screen.
        </li>
        <li>
          They choose their age group. A nickname is optional, and students under 18 are given a made-up one, so no real
          names appear.
        </li>
        <li>Students ask questions and support each other&apos;s. Each student can support a question once.</li>
        <li>
          Questions from under-18s wait for a facilitator to approve them before anyone else sees them. Facilitators can
          approve, correct and approve, or turn a question down, and join up questions that ask the same thing.
        </li>
        <li>
          The projector screen shows the approved questions, most supported first, without names. A partner in the room
          can answer some of them there and then.
        </li>
      </ol>

      <h2 className={h2}>After the session</h2>
      <ul className={list}>
        <li>
          The approved questions go to the partner organisations, like every question on this website. They are shown as
          asked by the students at your event, never by a named student.
        </li>
        <li>
          Each student can take a <strong>follow-up code</strong>, on paper or on screen. It opens a page of the
          event&apos;s questions with their answers and progress, with no sign-in. Keep the codes with the class so you
          can look back together.
        </li>
        <li>
          Students&apos; participant records (age group, nickname and what they supported) are deleted 30 days after the
          event, unless the website&apos;s administrators set a different period. The questions stay, attributed to the
          event.
        </li>
      </ul>

      <h2 className={h2}>What students give</h2>
      <ul className={list}>
        <li>
          <strong>Nothing that identifies them</strong>: no name, email address, phone number, school or address. Only
          an age group, an optional nickname (made up for under-18s) and their questions and support.
        </li>
        <li>
          A cookie keeps each student in the event on their device; it holds a random code, nothing about them. See the{" "}
          <Link href="/cookies">cookies page</Link>.
        </li>
        <li>
          The website follows the Information Commissioner&apos;s Age Appropriate Design Code: high privacy by default,
          no profiling, nothing public that identifies a child. The <Link href="/privacy">privacy notice</Link> has the
          details.
        </li>
      </ul>

      <h2 className={h2}>Safeguarding</h2>
      <ul className={list}>
        <li>
          Before students start, remind them: do not write your name, your school, where you live or anything about
          someone else. Everything approved can be read by anyone. The <Link href="/house-rules">house rules</Link>{" "}
          apply.
        </li>
        <li>
          Questions are checked automatically for personal information and words that break the house rules, and
          under-18s&apos; questions are approved by a facilitator before they are shown.
        </li>
        <li>
          If a student writes something that suggests they or someone else may be at risk, do not approve it, and follow
          your school&apos;s safeguarding procedure as you would for anything said in class.
        </li>
      </ul>

      <p className="mt-8 print:mt-2">
        Questions about running a session? <Link href="/contact">Contact the CSES team</Link>.
      </p>
    </article>
  );
}
