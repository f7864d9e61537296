"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { initialFormState, type FormAction } from "@/lib/form-state";

function Save() {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      aria-disabled={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className="min-h-11 border-b-4 border-button-secondary-shadow bg-wash px-4 py-1 text-base font-bold text-ink hover:bg-button-secondary-hover"
    >
      Save theme
    </button>
  );
}

/** The theme an approved room question will have on the portal, chosen from the active themes. */
export function RoomThemeForm({
  action,
  number,
  themeSlug,
  themes,
}: {
  action: FormAction;
  number: number;
  themeSlug: string | null;
  themes: { slug: string; name: string }[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const field = `theme-${number}`;
  const refusal = Object.values(state.errors)[0];
  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-end gap-3" key={state.submission}>
      <div>
        <label htmlFor={field} className="mb-1 block text-base font-bold">
          Theme of question {number} on the portal
        </label>
        <select
          id={field}
          name="themeSlug"
          defaultValue={state.values.themeSlug ?? themeSlug ?? ""}
          aria-invalid={refusal ? true : undefined}
          className="min-h-11 border-2 border-ink bg-paper px-2 text-base focus-visible:outline-[3px] focus-visible:outline-focus"
        >
          <option value="">Not chosen (the partners choose)</option>
          {themes.map((theme) => (
            <option key={theme.slug} value={theme.slug}>
              {theme.name}
            </option>
          ))}
        </select>
      </div>
      <Save />
      <span role="status" className={refusal ? "basis-full text-base font-bold text-danger" : "sr-only"}>
        {refusal ?? state.message ?? ""}
      </span>
    </form>
  );
}
