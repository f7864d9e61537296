import { FieldHintAndError, choiceId, fieldGroupClass, fieldIds } from "./field-parts";

/** A GOV.UK radios fieldset: the legend is the question, each option a labelled radio. */
export function RadiosField({
  name,
  legend,
  hint,
  error,
  options,
  defaultValue,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
}) {
  const { hintId, errorId, describedBy } = fieldIds(name, hint, error);
  return (
    <div className={fieldGroupClass(error)}>
      <fieldset aria-describedby={describedBy}>
        <legend className="mb-1 font-bold">{legend}</legend>
        <FieldHintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
        <div className="space-y-2">
          {options.map((option, index) => (
            <div key={option.value} className="flex items-center gap-3">
              <input
                id={choiceId(name, option.value, index)}
                type="radio"
                name={name}
                value={option.value}
                defaultChecked={(defaultValue ?? "") === option.value}
                className="h-8 w-8 accent-ink"
              />
              <label htmlFor={choiceId(name, option.value, index)}>{option.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
