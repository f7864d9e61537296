"use client";

import { useActionState } from "react";
import { DateInput } from "@/components/forms/date-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { formatDate } from "@/lib/format";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import type { SignpostingLink } from "@/lib/settings/signposting";

// The forms of the settings page (/admin/settings): each saves one setting with its own button, says in a banner
// that takes focus which setting was saved, and on a refusal shows the message next to the field and in an error
// summary, with everything typed kept. The names of the fields are the settings' names in the registry
// (lib/settings/definitions.ts); the hidden `setting` field says which one a form saves.

function Outcome({ state, fields }: { state: FormState; fields: readonly string[] }) {
  return (
    <>
      <ErrorSummary errors={state.errors} fieldOrder={fields} />
      {state.status === "success" && state.message ? <FocusedSuccessBanner message={state.message} /> : null}
    </>
  );
}

/** What a field shows: what was typed when the last save was refused, else the value in force. */
function shown(state: FormState, field: string, current: string): string {
  return state.status === "error" ? (state.values[field] ?? "") : current;
}

/** A setting that is a whole number ("Flag threshold"). */
export function SettingNumberForm({
  action,
  setting,
  label,
  hint,
  current,
  button,
}: {
  action: FormAction;
  /** The setting's name in the registry, which is also the field's name. */
  setting: string;
  label: string;
  hint: string;
  current: number;
  button: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate className="mb-10">
      <Outcome state={state} fields={[setting]} />
      <input type="hidden" name="setting" value={setting} />
      <TextField
        name={setting}
        label={label}
        hint={hint}
        inputMode="numeric"
        spellCheck={false}
        width="short"
        defaultValue={shown(state, setting, String(current))}
        error={state.errors[setting]}
      />
      <SubmitButton>{button}</SubmitButton>
    </form>
  );
}

/** A setting that is a list, one entry on each line ("Blocked words"). */
export function SettingLinesForm({
  action,
  setting,
  label,
  hint,
  current,
  button,
}: {
  action: FormAction;
  setting: string;
  label: string;
  hint: string;
  current: readonly string[];
  button: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={state.submission} action={formAction} noValidate className="mb-10">
      <Outcome state={state} fields={[setting]} />
      <input type="hidden" name="setting" value={setting} />
      <TextAreaField
        name={setting}
        label={label}
        hint={hint}
        rows={8}
        spellCheck={false}
        defaultValue={shown(state, setting, current.join("\n"))}
        error={state.errors[setting]}
      />
      <SubmitButton>{button}</SubmitButton>
    </form>
  );
}

const SIGNPOST_PARTS = ["name", "description", "phone", "url"] as const;
/** The most help lines the setting allows (lib/settings/signposting.ts); the form offers no row beyond it. */
const MOST_HELP_LINES = 10;

function signpostField(row: number, part: (typeof SIGNPOST_PARTS)[number]): string {
  return `signpost-${row}-${part}`;
}

/** How many rows to show: the ones typed when a save was refused, else the help lines and one empty row to add one. */
function rowCount(state: FormState, links: readonly SignpostingLink[]): number {
  if (state.status !== "error") return Math.min(links.length + 1, MOST_HELP_LINES);
  const typed = Object.keys(state.values)
    .map((key) => /^signpost-(\d{1,2})-/.exec(key)?.[1])
    .filter((row): row is string => row !== undefined)
    .map(Number);
  return Math.min(Math.max(links.length, ...typed.map((row) => row + 1), 1), MOST_HELP_LINES);
}

/** The help lines shown to a worried person: one row each, and an empty row to add one. */
export function SignpostingLinksForm({ action, links }: { action: FormAction; links: readonly SignpostingLink[] }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const rows = Array.from({ length: rowCount(state, links) }, (_, row) => row);
  const fields = rows.flatMap((row) => SIGNPOST_PARTS.map((part) => signpostField(row, part)));
  const value = (row: number, part: (typeof SIGNPOST_PARTS)[number]) =>
    shown(state, signpostField(row, part), links[row]?.[part] ?? "");
  return (
    <form key={state.submission} action={formAction} noValidate className="mb-10">
      <Outcome state={state} fields={fields} />
      <input type="hidden" name="setting" value="signpostingLinks" />
      <p className="mb-6">
        Each help line needs a name, who it is for, and a phone number or a website (or both). To remove one, clear all
        its boxes. To add more than one, save and another empty row appears.
      </p>
      {rows.map((row) => (
        <fieldset key={row} className="mb-8 border-l-4 border-line pl-4">
          <legend className="mb-3 text-xl font-bold">
            Help line {row + 1}
            {row >= links.length ? " (new)" : ""}
          </legend>
          <TextField
            name={signpostField(row, "name")}
            label="Name"
            defaultValue={value(row, "name")}
            error={state.errors[signpostField(row, "name")]}
          />
          <TextField
            name={signpostField(row, "description")}
            label="Who it is for"
            hint="For example: For anyone under 19, about anything that is worrying them. Free, any time."
            width="full"
            defaultValue={value(row, "description")}
            error={state.errors[signpostField(row, "description")]}
          />
          <TextField
            name={signpostField(row, "phone")}
            label="Phone number (optional)"
            hint="Digits and spaces, like 0800 1111"
            type="tel"
            width="short"
            defaultValue={value(row, "phone")}
            error={state.errors[signpostField(row, "phone")]}
          />
          <TextField
            name={signpostField(row, "url")}
            label="Website (optional)"
            hint="The full address, starting with https://"
            type="url"
            spellCheck={false}
            width="full"
            defaultValue={value(row, "url")}
            error={state.errors[signpostField(row, "url")]}
          />
        </fieldset>
      ))}
      <SubmitButton>Save signposting links</SubmitButton>
    </form>
  );
}

/** Adding a bank holiday: its date (GOV.UK date input) and its name. */
export function AddBankHolidayForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = state.status === "error" ? state.values : {};
  return (
    <form key={state.submission} action={formAction} noValidate className="mb-10">
      <Outcome state={state} fields={["holidayDate", "holidayName"]} />
      <h3 className="mb-4 text-2xl">Add a bank holiday</h3>
      <DateInput
        name="holidayDate"
        legend="Date of the bank holiday"
        hint="For example, 25 12 2027. Add a substitute day (when a bank holiday falls at a weekend) as its own date."
        error={state.errors.holidayDate}
        values={values}
      />
      <TextField
        name="holidayName"
        label="Name of the bank holiday"
        hint="For example, Christmas Day (substitute day)"
        defaultValue={values.holidayName}
        error={state.errors.holidayName}
      />
      <SubmitButton>Add bank holiday</SubmitButton>
    </form>
  );
}

/** The listed bank holidays, each with a button that removes it; one banner above says what was removed. */
export function BankHolidayList({
  action,
  holidays,
  listedFrom,
}: {
  action: FormAction;
  holidays: readonly { date: string; name: string }[];
  /** yyyy-mm-dd: the earliest date the list shows. */
  listedFrom: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const from = formatDate(new Date(`${listedFrom}T00:00:00Z`));
  return (
    <div key={state.submission} className="mb-10">
      <Outcome state={state} fields={[]} />
      {holidays.length ? (
        <table className="w-full border-collapse text-left">
          <caption className="mb-3 text-left font-bold">Bank holidays from {from}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                Date
              </th>
              <th scope="col" className="py-2 pr-4">
                Name
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {holidays.map((holiday) => {
              const when = formatDate(new Date(`${holiday.date}T00:00:00Z`));
              return (
                <tr key={holiday.date} className="border-b border-line">
                  <td className="py-2 pr-4">
                    <time dateTime={holiday.date}>{when}</time>
                  </td>
                  <td className="py-2 pr-4 break-words">{holiday.name}</td>
                  <td className="py-2">
                    <form action={formAction}>
                      <input type="hidden" name="date" value={holiday.date} />
                      <SubmitButton variant="secondary">
                        Remove<span className="sr-only">{` ${holiday.name}, ${when}`}</span>
                      </SubmitButton>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>No bank holidays are listed from {from}. Add them below, or due dates will count them as working days.</p>
      )}
    </div>
  );
}
