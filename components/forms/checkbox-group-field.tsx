import { FieldHintAndError, choiceId, fieldGroupClass, fieldIds } from "./field-parts";

/** A GOV.UK checkboxes fieldset: the legend is the question, each option a labelled checkbox sent under the same name. */
export function CheckboxGroupField({
  name,
  legend,
  hint,
  error,
  options,
  defaultValues = [],
  columns = 1,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  defaultValues?: string[];
  /** Two columns from small screens up, for a longer list of short labels. */
  columns?: 1 | 2;
}) {
  const { hintId, errorId, describedBy } = fieldIds(name, hint, error);
  return (
    <div className={fieldGroupClass(error)}>
      <fieldset aria-describedby={describedBy}>
        <legend className="mb-1 font-bold">{legend}</legend>
        <FieldHintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
        <div className={`grid gap-2 ${columns === 2 ? "sm:grid-cols-2" : ""}`}>
          {options.map((option, index) => (
            <div key={option.value} className="flex items-start gap-3">
              <input
                id={choiceId(name, option.value, index)}
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={defaultValues.includes(option.value)}
                className="mt-0.5 h-8 w-8 shrink-0 accent-ink"
              />
              <label htmlFor={choiceId(name, option.value, index)}>{option.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
