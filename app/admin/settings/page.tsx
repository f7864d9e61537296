import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import {
  AddBankHolidayForm,
  BankHolidayList,
  SettingLinesForm,
  SettingNumberForm,
  SignpostingLinksForm,
} from "@/components/admin/settings-forms";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { SETTINGS } from "@/lib/settings/definitions";
import { getSettingsOverview, listBankHolidays } from "@/lib/settings/queries";
import { addBankHolidayAction, removeBankHolidayAction, saveSettingAction } from "./actions";

export const metadata = { title: "Settings" };

const SECTIONS = [
  { id: "response-target", title: "Response target" },
  { id: "bank-holidays", title: "Bank holidays" },
  { id: "moderation", title: "Moderation" },
  { id: "signposting", title: "Signposting links" },
  { id: "security-events", title: "Security events" },
  { id: "delivery-checks", title: "Delivery checks" },
  { id: "event-participants", title: "Event participants" },
] as const;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-12 border-t-2 border-line pt-6">
      <h2 id={`${id}-heading`} className="mb-4 text-3xl">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The settings an administrator changes without a release: each section saves on its own. */
export default async function AdminSettingsPage() {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?returnTo=/admin/settings");
  if (!can(actor, "settings.manage")) forbidden();
  const [settings, bankHolidays] = await Promise.all([getSettingsOverview(actor), listBankHolidays(actor)]);
  const title = (id: (typeof SECTIONS)[number]["id"]) => SECTIONS.find((section) => section.id === id)!.title;

  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/admin">Back to administration</Link>
      </p>
      <h1 className="mb-4 text-4xl">Settings</h1>
      <p className="mb-4">
        Each section saves on its own. Every change is written to the <Link href="/admin/audit">audit log</Link> with
        the value before and after.
      </p>
      <nav aria-label="Sections of the settings page" className="mb-10">
        <ul className="list-disc space-y-1 pl-6">
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}-heading`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="response-target" title={title("response-target")}>
        <SettingNumberForm
          action={saveSettingAction}
          setting="responseTarget"
          label="Response target in working days"
          hint={`How many working days an organisation has to answer a question it takes on. Weekends and the bank holidays below do not count. Questions already taken on keep their due date. From ${SETTINGS.responseTarget.schema.minValue} to ${SETTINGS.responseTarget.schema.maxValue}.`}
          current={settings.responseTarget}
          button="Save response target"
        />
      </Section>

      <Section id="bank-holidays" title={title("bank-holidays")}>
        <p className="mb-6">
          Due dates skip these days. Add each year&apos;s bank holidays for England and Wales before the year starts.
        </p>
        <BankHolidayList
          action={removeBankHolidayAction}
          holidays={bankHolidays.holidays}
          listedFrom={bankHolidays.from}
        />
        <AddBankHolidayForm action={addBankHolidayAction} />
      </Section>

      <Section id="moderation" title={title("moderation")}>
        <SettingNumberForm
          action={saveSettingAction}
          setting="flagThreshold"
          label="Flag threshold"
          hint={`How many different people reporting a published post hide it until a moderator looks. From ${SETTINGS.flagThreshold.schema.minValue} to ${SETTINGS.flagThreshold.schema.maxValue}.`}
          current={settings.flagThreshold}
          button="Save flag threshold"
        />
        <SettingNumberForm
          action={saveSettingAction}
          setting="firstPostScreening"
          label="First-post screening count"
          hint={`How many of a person's posts a moderator checks before their posts publish straight away. 0 checks none. From ${SETTINGS.firstPostScreening.schema.minValue} to ${SETTINGS.firstPostScreening.schema.maxValue}.`}
          current={settings.firstPostScreening}
          button="Save first-post screening count"
        />
        <SettingLinesForm
          action={saveSettingAction}
          setting="blockedWords"
          label="Blocked words"
          hint="One word or phrase on each line, 2 to 60 characters. A post that contains one waits for a moderator. These are added to the portal's built-in list."
          current={settings.blockedWords}
          button="Save blocked words"
        />
        <SettingLinesForm
          action={saveSettingAction}
          setting="safeguardingSteps"
          label="Safeguarding steps"
          hint="What a moderator or administrator must do about a safeguarding concern, one step on each line, in order. Shown on every concern's page."
          current={settings.safeguardingSteps}
          button="Save safeguarding steps"
        />
      </Section>

      <Section id="signposting" title={title("signposting")}>
        <p className="mb-4">
          The help lines shown to a worried person: on the <Link href="/house-rules#who-can-help">house rules</Link>, to
          under-18s before they post, and to the author of a post a moderator hid for safeguarding.
        </p>
        <SignpostingLinksForm action={saveSettingAction} links={settings.signpostingLinks} />
      </Section>

      <Section id="security-events" title={title("security-events")}>
        <SettingNumberForm
          action={saveSettingAction}
          setting="securityEventRetention"
          label="Security event retention in days"
          hint={`How long sign-ins, refused actions and other security events are kept before they are deleted. From ${SETTINGS.securityEventRetention.schema.minValue} to ${SETTINGS.securityEventRetention.schema.maxValue} days.`}
          current={settings.securityEventRetention}
          button="Save security event retention"
        />
      </Section>

      <Section id="delivery-checks" title={title("delivery-checks")}>
        <SettingNumberForm
          action={saveSettingAction}
          setting="deliveryCheckDelay"
          label="Delivery check delay in days"
          hint={`How many days after a commitment is marked delivered its supporters are asked "Has this been delivered?". Commitments already asked are not asked again. From ${SETTINGS.deliveryCheckDelay.schema.minValue} to ${SETTINGS.deliveryCheckDelay.schema.maxValue} days.`}
          current={settings.deliveryCheckDelay}
          button="Save delivery check delay"
        />
      </Section>

      <Section id="event-participants" title={title("event-participants")}>
        <SettingNumberForm
          action={saveSettingAction}
          setting="eventParticipantRetention"
          label="Event participant retention in days"
          hint={`How many days after an event ends its participants (nicknames, age groups, the browsers they joined from) and their supports are deleted. The questions asked stay, attributed to the event. From ${SETTINGS.eventParticipantRetention.schema.minValue} to ${SETTINGS.eventParticipantRetention.schema.maxValue} days.`}
          current={settings.eventParticipantRetention}
          button="Save event participant retention"
        />
      </Section>
    </div>
  );
}
