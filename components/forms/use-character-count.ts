import { useState, type ChangeEvent } from "react";

/**
 * The length a field's character count shows, kept up to date as the person types. The field stays uncontrolled
 * (its value is still read from the form), and the caller's own onChange still runs.
 */
export function useCharacterCount<E extends HTMLInputElement | HTMLTextAreaElement>(
  defaultValue: string | undefined,
  onChange?: (event: ChangeEvent<E>) => void,
) {
  const [length, setLength] = useState(defaultValue?.length ?? 0);
  function handleChange(event: ChangeEvent<E>) {
    setLength(event.target.value.length);
    onChange?.(event);
  }
  return { length, handleChange };
}
