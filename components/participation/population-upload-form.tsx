"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldGroupClass, fieldIds, FieldHintAndError, FieldLabel } from "@/components/forms/field-parts";
import { FocusedSuccessBanner } from "@/components/forms/focused-success-banner";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";

/**
 * The admin's upload of replacement census figures (GOV.UK file upload pattern): a refused file's problems are
 * shown next to the field, each naming its row, and in the error summary; nothing changes until a file has none.
 */
export function PopulationUploadForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const error = state.errors.file;
  const hint =
    "A CSV file with the header group,code,usual_residents and one row for each district or age band, like the table above (the file shipped with the portal is prisma/data/census-2021-population.csv). At most 64 KB.";
  const { hintId, errorId, describedBy } = fieldIds("file", hint, error);
  return (
    <form key={state.submission} action={formAction} noValidate className="mb-10">
      <ErrorSummary errors={state.errors} fieldOrder={["file"]} />
      {state.status === "success" && state.message ? <FocusedSuccessBanner message={state.message} /> : null}
      <div className={fieldGroupClass(error)}>
        <FieldLabel htmlFor="file">Upload a replacement file</FieldLabel>
        <FieldHintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="block min-h-11 w-full max-w-md py-2"
        />
      </div>
      <SubmitButton>Replace the population figures</SubmitButton>
    </form>
  );
}
